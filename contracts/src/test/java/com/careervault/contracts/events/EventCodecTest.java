package com.careervault.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.jobs.JobStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void writesCloudEventsAttributesAndSnakeCaseData() {
        String json = new String(codec.encode(SampleEvents.envelope(EventType.JOB_CREATED)), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"careervault.job.created.v1\"")
                .contains("\"subject\":\"" + SampleEvents.JOB + "\"")
                .contains("\"userid\":\"" + SampleEvents.USER + "\"")
                .contains("\"datacontenttype\":\"application/json\"")
                .contains("\"time\":\"2026-11-24T17:00:00.000000Z\"")
                .contains("\"salary_range\":\"$150k-$200k\"")
                .contains("\"applied_date\":\"2026-11-20\"")
                .contains("\"status\":\"Applied\"");
    }

    @Test
    void userEventsHaveNoSubject() {
        assertThat(SampleEvents.envelope(EventType.USER_REGISTERED).subject()).isNull();
        assertThat(new String(codec.encode(SampleEvents.envelope(EventType.USER_REGISTERED)), StandardCharsets.UTF_8))
                .doesNotContain("subject");
    }

    @Test
    void toleratesUnknownFieldsInEnvelopeAndData() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/elsewhere","type":"careervault.job.deleted.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1","subject":"j1","newattribute":"x",
                 "data":{"job_id":"j1","reason":"added by a newer producer"}}""";

        EventEnvelope event = codec.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(event.data()).isEqualTo(new JobDeleted("j1"));
        assertThat(event.userid()).isEqualTo("u1");
    }

    @Test
    void readsStatusInAnyCaseAndWritesTheCanonicalSpelling() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.status-changed.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1","data":{"job_id":"j1","from":"applied","to":"OFFER"}}""";

        EventEnvelope event = codec.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(event.data()).isEqualTo(new JobStatusChanged("j1", JobStatus.Applied, JobStatus.Offer));
        assertThat(new String(codec.encode(event), StandardCharsets.UTF_8)).contains("\"to\":\"Offer\"");
    }

    @Test
    void unknownTypeIsATypedError() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.teleported.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1","data":{}}""";

        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("careervault.job.teleported.v1")
                .extracting(e -> ((UnknownEventTypeException) e).type())
                .isEqualTo("careervault.job.teleported.v1");
    }

    @Test
    void rejectsRecordsThatAreNotValidEvents() {
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> codec.decode(new byte[0]))
                .isInstanceOf(EventFormatException.class);
        String unknownStatus = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.status-changed.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1","data":{"job_id":"j1","from":"Applied","to":"Hired"}}""";
        assertThatThrownBy(() -> codec.decode(unknownStatus.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("Hired");
        String missingCompany = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.created.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1",
                 "data":{"job_id":"j1","position":"Dev","status":"Applied"}}""";
        assertThatThrownBy(() -> codec.decode(missingCompany.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("company is required");
        String noUser = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.deleted.v1",
                 "time":"2026-11-24T17:00:00Z","data":{"job_id":"j1"}}""";
        assertThatThrownBy(() -> codec.decode(noUser.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("userid");
    }

    @Test
    void textIsReadInNfcAndBrokenTextIsNotAValidEvent() {
        String decomposed = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.created.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1",
                 "data":{"job_id":"j1","company":"Cafe\u0301","position":"Dev \ud83d\ude80","status":"Applied"}}""";
        JobCreated created = (JobCreated) codec.decode(decomposed.getBytes(StandardCharsets.UTF_8)).data();
        assertThat(created.company()).isEqualTo("Caf\u00e9");
        assertThat(created.position()).isEqualTo("Dev \ud83d\ude80");
        // a JSON escape of half a surrogate pair
        String loneSurrogate = decomposed.replace("Dev \ud83d\ude80", "Dev \\ud83d");
        assertThat(loneSurrogate).isNotEqualTo(decomposed);
        assertThatThrownBy(() -> codec.decode(loneSurrogate.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("not well-formed Unicode");
    }

    @Test
    void aKeyGivenTwiceOrContentAfterTheEventIsNotAValidEvent() {
        String twice = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.created.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1",
                 "data":{"job_id":"j1","company":"Alpha Fakeco","position":"Dev","status":"Applied",
                         "company":"Beta Fakeco"}}""";
        assertThatThrownBy(() -> codec.decode(twice.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("company");
        String trailing = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.deleted.v1",
                 "time":"2026-11-24T17:00:00Z","userid":"u1","data":{"job_id":"j1"}} {}""";
        assertThatThrownBy(() -> codec.decode(trailing.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class);
    }

    @Test
    void writesEveryInstantWithSixFractionDigitsAndReadsOldSpellings() {
        // as an earlier producer wrote it: Instant.toString() in the envelope, an offset and no fraction in data
        String old = """
                {"specversion":"1.0","id":"e1","source":"/s","type":"careervault.job.created.v1",
                 "time":"2026-11-24T17:00:00.5Z","userid":"u1","subject":"j1",
                 "data":{"job_id":"j1","company":"Google","position":"Software Engineer","status":"Applied",
                         "interview_at":"2026-12-01T16:00:00+01:00","follow_up_at":"2026-12-02T09:00:00.123456789Z"}}""";

        EventEnvelope event = codec.decode(old.getBytes(StandardCharsets.UTF_8));

        assertThat(event.time()).isEqualTo(java.time.Instant.parse("2026-11-24T17:00:00.500Z"));
        JobCreated job = (JobCreated) event.data();
        assertThat(job.interviewAt()).isEqualTo(java.time.Instant.parse("2026-12-01T15:00:00Z"));
        String written = new String(codec.encode(event), StandardCharsets.UTF_8);
        assertThat(written)
                .contains("\"time\":\"2026-11-24T17:00:00.500000Z\"")
                .contains("\"interview_at\":\"2026-12-01T15:00:00.000000Z\"")
                .contains("\"follow_up_at\":\"2026-12-02T09:00:00.123456Z\"");
    }
}
