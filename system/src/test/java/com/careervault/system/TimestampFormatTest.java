package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * One timestamp format from end to end: the envelope times the API writes are
 * exactly the strings the read model stores and the API answers (RFC 3339, UTC,
 * six fraction digits), and client-given date-times come back normalized.
 */
@ExtendWith(DevStackExtension.class)
class TimestampFormatTest {

    private static final String FORMAT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";

    @Test
    void eventsItemsAndAnswersCarryTheSameSixDigitUtcStrings() {
        Api api = Api.newUser();
        String jobId = api.createReadable("""
                {"company": "Google", "position": "Software Engineer", "status": "Applied",
                 "location": "Mountain View, CA", "salary_range": "$120k-$180k",
                 "interview_at": "2026-12-01T16:00:00+01:00", "follow_up_at": "2026-11-27T09:00:00.5Z"}""");
        api.patch("/api/jobs/" + jobId, "{\"status\": \"Interviewing\"}").expectStatus().isAccepted();

        List<EventTopic.Received> events = EventTopic.eventsOf(api.userId);
        String registeredAt = events.get(0).event().get("time").asString();
        String createdAt = events.get(1).event().get("time").asString();
        String movedAt = events.get(2).event().get("time").asString();
        assertThat(List.of(registeredAt, createdAt, movedAt)).allSatisfy(time -> assertThat(time).matches(FORMAT));
        assertThat(events.get(1).data().get("interview_at").asString()).isEqualTo("2026-12-01T15:00:00.000000Z");
        assertThat(events.get(1).data().get("follow_up_at").asString()).isEqualTo("2026-11-27T09:00:00.500000Z");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode job = api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk());
            assertThat(job.get("created_at").asString()).isEqualTo(createdAt);
            assertThat(job.get("updated_at").asString()).isEqualTo(movedAt);
            assertThat(job.get("interview_at").asString()).isEqualTo("2026-12-01T15:00:00.000000Z");
            assertThat(job.get("follow_up_at").asString()).isEqualTo("2026-11-27T09:00:00.500000Z");
            assertThat(job.get("status_history")).extracting(h -> h.get("at").asString())
                    .containsExactly(createdAt, movedAt);
        });
        JsonNode listed = api.json(api.get("/api/jobs").expectStatus().isOk()).get("jobs").get(0);
        assertThat(listed.get("created_at").asString()).isEqualTo(createdAt);
    }
}
