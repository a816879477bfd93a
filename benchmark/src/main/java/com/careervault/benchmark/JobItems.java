package com.careervault.benchmark;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.jobs.JobStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The payloads of the benchmark: the create request, its event, and the item the projector writes for it. */
final class JobItems {

    static final String COMPANY = "Acme Rocket Works";
    static final String POSITION = "Senior Backend Engineer";
    static final String LOCATION = "Remote (EU)";
    static final String NOTES = "Referred by a former colleague; ask about the on-call rotation.";
    static final String SOURCE = "/careervault/command-api";

    private JobItems() {
    }

    /** The body of {@code POST /api/jobs}. */
    static byte[] createRequest(int n) {
        return ("{\"company\":\"" + COMPANY + "\",\"position\":\"" + POSITION + " " + n
                + "\",\"status\":\"Applied\",\"location\":\"" + LOCATION + "\",\"notes\":\"" + NOTES
                + "\",\"tags\":[\"backend\",\"java\"]}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The {@code job.created} event the API appends for that request, encoded as the API encodes it
     * ({@code codec}: the API's, which encrypts the personal fields with the user's data key).
     */
    static byte[] createdEvent(EventCodec codec, String userId, int n) {
        JobCreated created = new JobCreated(UUID.randomUUID().toString(), COMPANY, POSITION + " " + n,
                JobStatus.Applied, LOCATION, null, null, null, NOTES, null, null, List.of("backend", "java"));
        return codec.encode(EventEnvelope.of(UUID.randomUUID().toString(), SOURCE, Instant.now(), userId, created));
    }

    /** An item of the shape the projector puts for {@code job.created}. */
    static Map<String, AttributeValue> item(String userId, int n, long offset) {
        String now = Instant.now().toString();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(Jobs.USER_ID, s(userId));
        item.put(Jobs.JOB_ID, s(UUID.randomUUID().toString()));
        item.put(Jobs.COMPANY, s(COMPANY));
        item.put(Jobs.COMPANY_KEY, s(COMPANY.toLowerCase()));
        item.put(Jobs.POSITION, s(POSITION + " " + n));
        item.put(Jobs.STATUS, s("Applied"));
        item.put(Jobs.LOCATION, s(LOCATION));
        item.put(Jobs.NOTES, s(NOTES));
        item.put(Jobs.TAGS, AttributeValue.fromL(List.of(s("backend"), s("java"))));
        item.put(Jobs.CREATED_AT, s(now));
        item.put(Jobs.UPDATED_AT, s(now));
        item.put(Jobs.STATUS_CREATED_AT, s("Applied#" + now));
        item.put(Jobs.STATUS_HISTORY, AttributeValue.fromL(List.of(AttributeValue.fromM(
                Map.of("status", s("Applied"), "at", s(now))))));
        item.put(Position.PARTITION, AttributeValue.fromN("0"));
        item.put(Position.OFFSET, AttributeValue.fromN(Long.toString(offset)));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
