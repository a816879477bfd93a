package com.careervault.projector;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test events with fresh ids, so that every test has users of its own. */
public final class Events {

    private Events() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static EventEnvelope event(String userId, Instant time, CareerVaultEvent data) {
        return EventEnvelope.of(newId(), "/careervault/projector-test", time, userId, data);
    }

    /** A job with every optional field set. */
    public static JobCreated fullJob(String jobId) {
        return new JobCreated(jobId, "  Tech Corp ", "Senior Software Engineer", JobStatus.Applied,
                "San Francisco, CA", "$150k-$200k", LocalDate.parse("2026-11-20"), "https://jobs.example.com/42",
                "Referred by Sam", Instant.parse("2026-12-01T15:00:00Z"), Instant.parse("2026-11-27T09:00:00Z"),
                List.of("backend", "remote"));
    }

    /** A job with only the required fields. */
    public static JobCreated bareJob(String jobId, String company) {
        return new JobCreated(jobId, company, "Engineer", JobStatus.Wishlist, null, null, null, null, null, null,
                null, null);
    }
}
