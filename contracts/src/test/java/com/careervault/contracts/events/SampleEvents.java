package com.careervault.contracts.events;

import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.InterviewOutcome;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One fully populated event of each type; the switch fails to compile when a type is added without a sample. */
final class SampleEvents {

    static final String USER = "3f1c2d4e-0000-4000-8000-000000000001";
    static final String JOB = "0a8f5c1e-7b2d-4c3e-9f10-2b3c4d5e6f70";
    static final PinnedDocument PINNED = new PinnedDocument("5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", 2,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 48213, "application/pdf", "resume",
            Instant.parse("2026-11-20T10:15:30.123456Z"));
    static final String INTERVIEW = "7c2e9a41-3d5b-4f60-8e17-9a0b1c2d3e4f";
    static final String CONTACT = "1e4d7a90-2b3c-4d5e-8f60-718293a4b5c6";

    private SampleEvents() {
    }

    static CareerVaultEvent of(EventType type) {
        return switch (type) {
            case USER_REGISTERED -> new UserRegistered(USER, "jdoe", "jdoe@example.com", "Jane", "Doe", false);
            case USER_EMAIL_VERIFICATION_REQUESTED -> new UserEmailVerificationRequested(USER, "jdoe@example.com");
            case USER_EMAIL_VERIFIED -> new UserEmailVerified(USER, "jdoe@example.com");
            case USER_EMAIL_CHANGED -> new UserEmailChanged(USER, "jane.doe@example.org", "jdoe@example.com");
            case USER_PASSWORD_RESET_REQUESTED -> new UserPasswordResetRequested(USER, "jdoe@example.com",
                    "5f0c9a7e-2b1d-4e8f-9a3c-7d6e5f4a3b21", UserPasswordResetRequested.MOVED_ACCOUNT);
            case USER_PASSWORD_CHANGED -> new UserPasswordChanged(USER, UserPasswordChanged.RESET);
            case USER_SIGN_UP_ATTEMPTED -> new UserSignUpAttempted(USER, "jdoe@example.com");
            case USER_DELETED -> new UserDeleted(USER);
            case USER_RESUME_CHANGED -> new UserResumeChanged(USER,
                    "9f2c1e0b7a6d5c4b3a29180716f5e4d3c2b1a09f8e7d6c5b4a3928170615f4e3", 4210);
            case DOCUMENT_VERSION_ADDED -> new DocumentVersionAdded(USER, "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", 2,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 48213, "application/pdf",
                    "resume");
            case JOB_ENRICHED -> new JobEnriched(JOB,
                    "1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff001",
                    "a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00",
                    "9f2c1e0b7a6d5c4b3a29180716f5e4d3c2b1a09f8e7d6c5b4a3928170615f4e3", "gemini", "lexical-1",
                    true, "timeout", "We build payment APIs in Java and Kafka.", List.of("java", "kafka", "aws"),
                    67, List.of("java", "kafka"), List.of("aws"));
            case REMINDER_SENT -> new ReminderSent(USER, JOB, "3f0c9a1e-5b7d-4e2a-9c31-8d6f2b4a7e10", "interview");
            case USER_PREFERENCES_CHANGED -> new UserPreferencesChanged(USER,
                    new ReminderPreferences(true, 10, false, true, "Europe/Berlin", 48, 30, 10));
            case INTERVIEW_SCHEDULED -> new InterviewScheduled(JOB, INTERVIEW, Instant.parse("2026-12-03T09:00:00Z"),
                    "Europe/Berlin", 45, InterviewKind.TECHNICAL, "Tech Corp, Floor 3", "https://meet.example.com/abc",
                    List.of(CONTACT), "Bring the system design notes");
            case INTERVIEW_RESCHEDULED -> new InterviewRescheduled(JOB, INTERVIEW,
                    Instant.parse("2026-12-04T14:30:00Z"), "America/New_York", 60, InterviewKind.PANEL, "Online",
                    "https://meet.example.com/xyz", List.of(CONTACT), "Moved by the recruiter");
            case INTERVIEW_CANCELLED -> new InterviewCancelled(JOB, INTERVIEW);
            case INTERVIEW_OUTCOME_RECORDED -> new InterviewOutcomeRecorded(JOB, INTERVIEW, InterviewOutcome.PASSED);
            case CONTACT_ADDED -> new ContactAdded(USER, CONTACT, "Ada Lovelace", "Engineering Manager", "Tech Corp",
                    "ada@example.com", "+44 20 7946 0000", "https://www.linkedin.com/in/ada", "Met at the meetup",
                    List.of(JOB));
            case CONTACT_CHANGED -> new ContactChanged(USER, CONTACT, "Ada King", "Director", "Tech Corp",
                    "ada.king@example.com", "+44 20 7946 0001", "https://www.linkedin.com/in/ada", "Promoted",
                    List.of(JOB));
            case CONTACT_REMOVED -> new ContactRemoved(USER, CONTACT);
            case CONTACT_CONTACTED -> new ContactContacted(USER, CONTACT, Instant.parse("2026-11-28T16:00:00Z"));
            case JOB_CREATED -> new JobCreated(JOB, "Tech Corp", "Senior Software Engineer", JobStatus.Applied,
                    "San Francisco, CA", "$150k-$200k", LocalDate.parse("2026-11-20"), "https://jobs.example.com/42",
                    "Referred by Sam", Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-11-27T09:00:00Z"),
                    List.of("backend", "remote"), new ImportedFrom(ImportedFrom.MONGODB, "6560f1a2b3c4d5e6f7a8b9c0",
                    Instant.parse("2024-03-01T09:30:00Z"), Instant.parse("2024-03-15T12:00:00Z")),
                    "We build payment APIs in Java and Kafka.\nYou know AWS and SQL.", "Referral");
            case JOB_UPDATED -> new JobUpdated(JOB, null, "Staff Engineer", null, "$180k-$220k", null, null,
                    "Second round booked", null, null, null, List.of("url", "tags"), null, "LinkedIn");
            case JOB_STATUS_CHANGED -> JobStatusChanged.bySystem(JOB, JobStatus.Applied, JobStatus.Ghosted);
            case JOB_DELETED -> new JobDeleted(JOB);
            case JOB_RESTORED -> new JobRestored(JOB, "Tech Corp", "Senior Software Engineer", JobStatus.Interviewing,
                    "San Francisco, CA", "$150k-$200k", LocalDate.parse("2026-11-20"), "https://jobs.example.com/42",
                    "Referred by Sam", Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-11-27T09:00:00Z"),
                    List.of("backend", "remote"), Instant.parse("2026-11-20T10:15:30.123456Z"),
                    List.of(new StatusStage(JobStatus.Applied, Instant.parse("2026-11-20T10:15:30.123456Z")),
                            new StatusStage(JobStatus.Interviewing, Instant.parse("2026-11-23T08:00:00Z"))),
                    2, null, "Company site", List.of(PINNED), new FrozenPosting("We build payment APIs in Java.",
                    "https://jobs.example.com/42", Instant.parse("2026-11-21T09:00:00Z")));
            case JOB_DOCUMENTS_PINNED -> new JobDocumentsPinned(JOB, List.of(PINNED,
                    new PinnedDocument("7d2e1f3a-9b5c-4d6e-8f70-1a2b3c4d5e6f", 1,
                            "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 1204, "text/plain",
                            "cover_letter", Instant.parse("2026-11-20T10:20:00Z"))));
        };
    }

    static EventEnvelope envelope(EventType type) {
        return EventEnvelope.of("6d0e8c9a-1111-4222-8333-444455556666", "/careervault/command-api",
                Instant.parse("2026-11-24T17:00:00Z"), USER, of(type));
    }
}
