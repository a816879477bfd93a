package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.jobs.JobFieldLimits;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Unit tests of the mapping of single old documents: the API's field rules, the status spellings, the ids. */
class OldDocumentMappingTest {

    private static final ObjectId JOB = new ObjectId("65b000000000000000000001");
    private static final ObjectId USER = new ObjectId("65a1b2c3d4e5f60718293a01");

    private static Document job() {
        Date date = Date.from(Instant.parse("2024-01-15T10:00:00Z"));
        return new Document("_id", JOB).append("user_id", USER).append("company", "Acme").append("position", "Dev")
                .append("status", "Applied").append("applied_date", date).append("created_at", date)
                .append("updated_at", date);
    }

    @Test
    void textOverTheApisLimitIsRejectedAtTheLimitItIsTaken() {
        Mapped<OldJob> atLimit = OldJob.map(job().append("notes", "é".repeat(JobFieldLimits.NOTES_MAX)));
        Mapped<OldJob> over = OldJob.map(job().append("notes", "😀".repeat(JobFieldLimits.NOTES_MAX + 1)));

        assertThat(atLimit).isInstanceOf(Mapped.Accepted.class);
        assertThat(over).isEqualTo(new Mapped.Rejected<OldJob>(JOB.toHexString(),
                "'notes' has 5001 characters, more than the 5000 allowed"));
    }

    @Test
    void everyProblemOfADocumentIsNamedInItsReason() {
        Mapped<OldJob> mapped = OldJob.map(job().append("company", 42).append("status", "on hold")
                .append("url", "javascript:alert(1)").append("location", "a\u0007b"));

        assertThat(mapped).isEqualTo(new Mapped.Rejected<OldJob>(JOB.toHexString(),
                "'company' is a number (42), not a string; unknown status 'on hold' (known: the old system's "
                        + "spellings of " + JobStatus.ALLOWED + "); 'location' must not contain control characters; "
                        + "'url' must be an absolute http(s) URL"));
    }

    @Test
    void blankOptionalTextIsAbsentAndBlankRequiredTextIsMissing() {
        Mapped<OldJob> mapped = OldJob.map(job().append("position", "   ").append("location", " "));

        assertThat(mapped).isEqualTo(new Mapped.Rejected<OldJob>(JOB.toHexString(),
                "missing required field 'position'"));
        assertThat(((Mapped.Accepted<OldJob>) OldJob.map(job().append("location", ""))).value().created().location())
                .isNull();
    }

    @Test
    void oldStatusSpellingsMapCaseInsensitively() {
        assertThat(StatusSpellings.ours("INTERVIEW")).contains(JobStatus.Interviewing);
        assertThat(StatusSpellings.ours(" Phone-Screen ")).contains(JobStatus.Screening);
        assertThat(StatusSpellings.ours("no_response")).contains(JobStatus.Ghosted);
        assertThat(StatusSpellings.ours("declined")).isEmpty();
        for (JobStatus status : JobStatus.values()) {
            assertThat(StatusSpellings.ours(status.name().toUpperCase(java.util.Locale.ROOT))).contains(status);
        }
    }

    @Test
    void usersAreCheckedBySignUpsRulesInCanonicalForm() {
        Document user = new Document("_id", USER).append("username", "Ada").append("email", " ADA@Example.COM ")
                .append("hashed_password", "$2b$12$x");

        Mapped<OldUser> mapped = OldUser.map(user);

        assertThat(mapped).isEqualTo(new Mapped.Accepted<>(USER.toHexString(),
                new OldUser(USER.toHexString(), "ada", "ada@example.com", null, null), java.util.List.of()));
        assertThat(OldUser.map(new Document(user).append("username", "ada lovelace")))
                .isEqualTo(new Mapped.Rejected<OldUser>(USER.toHexString(),
                        "'username' must be 3-64 letters, digits, '.', '_' or '-'"));
    }

    @Test
    void idsAreNameBasedVersion5UuidsOfTheMongoId() {
        UUID jobId = UUID.fromString(MigrationIds.jobId("65b000000000000000000001"));

        assertThat(jobId.version()).isEqualTo(5);
        assertThat(jobId.variant()).isEqualTo(2);
        assertThat(MigrationIds.jobId("65b000000000000000000001")).isEqualTo(jobId.toString())
                .isNotEqualTo(MigrationIds.jobId("65b000000000000000000002"))
                .isNotEqualTo(MigrationIds.jobCreatedEventId("65b000000000000000000001"));
        // RFC 9562 Appendix A.4's example: v5 of "www.example.com" in the DNS namespace
        assertThat(MigrationIds.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }
}
