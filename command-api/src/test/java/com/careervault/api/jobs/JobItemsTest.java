package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import java.time.Duration;
import java.time.Instant;
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

    @Test
    void aTombstoneIsRestorableOnlyWhileItLastsAndOnlyWhenItKeptTheJob() {
        Map<String, AttributeValue> kept = Map.of(
                Jobs.COMPANY, AttributeValue.fromS("Google"),
                Jobs.POSITION, AttributeValue.fromS("Software Engineer"),
                Jobs.STATUS, AttributeValue.fromS("Offer"),
                Jobs.CREATED_AT, AttributeValue.fromS("2026-11-24T17:00:00.000000Z"),
                Jobs.UPDATED_AT, AttributeValue.fromS("2026-11-25T08:00:00.000000Z"),
                Jobs.STATUS_HISTORY, AttributeValue.fromL(List.of(
                        history("Applied", "2026-11-24T17:00:00.000000Z"),
                        history("Offer", "2026-11-25T08:00:00.000000Z"))),
                Jobs.STATUS_HISTORY_COUNT, AttributeValue.fromN("25"));
        Instant deletedAt = Instant.parse("2026-11-30T10:00:00Z");
        Instant expiresAt = deletedAt.plus(Duration.ofDays(30));
        Map<String, AttributeValue> tombstone = Map.of(
                Jobs.USER_ID, AttributeValue.fromS("u1"),
                Jobs.JOB_ID, AttributeValue.fromS("j1"),
                Jobs.DELETED, AttributeValue.fromBool(true),
                Jobs.DELETED_AT, AttributeValue.fromS("2026-11-30T10:00:00.000000Z"),
                Jobs.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())),
                Jobs.RESTORABLE, AttributeValue.fromM(kept));

        StoredJob stored = JobItems.stored(tombstone);

        assertThat(stored.deleted()).isTrue();
        assertThat(stored.restorable().job().jobId()).isEqualTo("j1");
        assertThat(stored.restorable().job().status()).isEqualTo("Offer");
        assertThat(stored.restorable().job().createdAt()).isEqualTo("2026-11-24T17:00:00.000000Z");
        assertThat(stored.restorable().historyCount()).isEqualTo(25);
        assertThat(stored.restorable().deletedAt()).isEqualTo(deletedAt);
        assertThat(stored.isRestorableAt(expiresAt.minusSeconds(1))).isTrue();
        // dynalite never expires items: a tombstone past expires_at is gone all the same
        assertThat(stored.isRestorableAt(expiresAt)).isFalse();

        Map<String, AttributeValue> bare = Map.of(Jobs.USER_ID, AttributeValue.fromS("u1"),
                Jobs.JOB_ID, AttributeValue.fromS("j2"), Jobs.DELETED, AttributeValue.fromBool(true),
                Jobs.EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        assertThat(JobItems.stored(bare).restorable()).isNull();
        assertThat(JobItems.stored(bare).isRestorableAt(deletedAt)).isFalse();
    }

    private static AttributeValue history(String status, String at) {
        return AttributeValue.fromM(Map.of("status", AttributeValue.fromS(status), "at", AttributeValue.fromS(at)));
    }
}
