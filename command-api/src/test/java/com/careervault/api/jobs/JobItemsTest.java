package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items projected before the one timestamp format are answered in it all the same. */
class JobItemsTest {

    @Test
    void timestampsOfOldItemsAreAnsweredWithSixFractionDigitsInUtc() {
        Map<String, AttributeValue> item = Map.of(
                Jobs.JOB_ID, AttributeValue.fromS("j1"),
                Jobs.COMPANY, AttributeValue.fromS("Google"),
                Jobs.POSITION, AttributeValue.fromS("Software Engineer"),
                Jobs.STATUS, AttributeValue.fromS("Interviewing"),
                Jobs.INTERVIEW_AT, AttributeValue.fromS("2026-12-01T15:00:00Z"),
                Jobs.CREATED_AT, AttributeValue.fromS("2026-11-24T17:00:00.120000Z"),
                Jobs.UPDATED_AT, AttributeValue.fromS("2026-11-24T17:02:00.5Z"),
                Jobs.STATUS_HISTORY, AttributeValue.fromL(List.of(
                        history("Applied", "2026-11-24T17:00:00.12Z"),
                        history("Interviewing", "2026-11-24T17:02:00.5Z"))));

        JobView view = JobItems.view(item);

        assertThat(view.interviewAt()).isEqualTo("2026-12-01T15:00:00.000000Z");
        assertThat(view.createdAt()).isEqualTo("2026-11-24T17:00:00.120000Z");
        assertThat(view.updatedAt()).isEqualTo("2026-11-24T17:02:00.500000Z");
        assertThat(view.statusHistory()).containsExactly(
                new JobView.StatusChange("Applied", "2026-11-24T17:00:00.120000Z"),
                new JobView.StatusChange("Interviewing", "2026-11-24T17:02:00.500000Z"));
    }

    private static AttributeValue history(String status, String at) {
        return AttributeValue.fromM(Map.of("status", AttributeValue.fromS(status), "at", AttributeValue.fromS(at)));
    }
}
