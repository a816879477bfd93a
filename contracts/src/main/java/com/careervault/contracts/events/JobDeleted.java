package com.careervault.contracts.events;

/** A job was deleted; its read-model item becomes a tombstone. */
public record JobDeleted(String jobId) implements JobEvent {

    public JobDeleted {
        Require.text(jobId, "job_id");
    }
}
