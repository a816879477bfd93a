package com.careervault.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.jobs.StatusMarker;
import org.junit.jupiter.api.Test;

/** The system-marked status change and the Ghosted thresholds of the preferences. */
class GhostedContractsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void aUserChangeAppliesToAnyStatusASystemChangeOnlyToItsFrom() {
        var user = new JobStatusChanged("j", JobStatus.Applied, JobStatus.Offer);
        var system = JobStatusChanged.bySystem("j", JobStatus.Applied, JobStatus.Ghosted);

        assertThat(user.marker()).isEqualTo(StatusMarker.USER);
        assertThat(system.marker()).isEqualTo(StatusMarker.SYSTEM);
        assertThat(user.appliesTo(JobStatus.Rejected)).isTrue();
        assertThat(system.appliesTo(JobStatus.Applied)).isTrue();
        assertThat(system.appliesTo(JobStatus.Offer)).isFalse();
    }

    @Test
    void aStatusChangeWrittenBeforeTheMarkerReadsAsTheUsers() {
        String json = "{\"id\":\"e1\",\"source\":\"/careervault/command-api\",\"type\":\"careervault.job.status-changed.v1\","
                + "\"specversion\":\"1.0\",\"time\":\"2026-11-20T10:00:00Z\",\"subject\":\"j\",\"userid\":\"u\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"job_id\":\"j\",\"from\":\"Applied\",\"to\":\"Ghosted\"}}";

        var event = (JobStatusChanged) codec.decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).data();

        assertThat(event.marker()).isEqualTo(StatusMarker.USER);
        assertThat(event).isEqualTo(new JobStatusChanged("j", JobStatus.Applied, JobStatus.Ghosted));
    }

    @Test
    void aUsersChangeIsWrittenAsBeforeAndTheSystemsSaysSo() {
        String user = new String(codec.encode(EventEnvelope.of("e1", "/careervault/command-api",
                java.time.Instant.parse("2026-11-20T10:00:00Z"), "u",
                new JobStatusChanged("j", JobStatus.Applied, JobStatus.Screening))), java.nio.charset.StandardCharsets.UTF_8);
        String system = new String(codec.encode(EventEnvelope.of("e2", "/careervault/notifier",
                java.time.Instant.parse("2026-11-20T10:00:00Z"), "u",
                JobStatusChanged.bySystem("j", JobStatus.Applied, JobStatus.Ghosted))), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(user).contains("\"data\":{\"job_id\":\"j\",\"from\":\"Applied\",\"to\":\"Screening\"}");
        assertThat(system).contains(
                "\"data\":{\"job_id\":\"j\",\"from\":\"Applied\",\"to\":\"Ghosted\",\"marked_by\":\"system\"}");
    }

    @Test
    void preferencesWithoutThresholdsReadAsTheDefaults() {
        var preferences = new ReminderPreferences(true, 7, true, true, "UTC", 24);

        assertThat(preferences.ghostedAfterAppliedDays()).isEqualTo(21);
        assertThat(preferences.ghostedAfterInterviewDays()).isEqualTo(14);
    }

    @Test
    void thresholdsOutsideOneToThreeHundredSixtyFiveDaysAreRefused() {
        assertThatThrownBy(() -> new ReminderPreferences(true, 7, true, true, "UTC", 24, 0, 14))
                .hasMessage("ghosted_after_applied_days must be between 1 and 365");
        assertThatThrownBy(() -> new ReminderPreferences(true, 7, true, true, "UTC", 24, 21, 366))
                .hasMessage("ghosted_after_interview_days must be between 1 and 365");
    }
}
