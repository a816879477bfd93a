package com.careervault.api.jobs;

import com.careervault.api.events.AppendedEvent;
import java.time.Instant;

/**
 * A job item of the read model: its view, whether it is a tombstone, the log position it was built from,
 * and, on a tombstone that kept it, the job as it was when deleted (null otherwise).
 */
record StoredJob(JobView view, boolean deleted, int partition, long offset, Restorable restorable) {

    /** True once the projector has applied the given event (or a later one) to this item. */
    boolean reflects(AppendedEvent event) {
        return partition == event.partition() && offset >= event.offset();
    }

    /** The same item shown as {@code other} (the view joined with other tables' data). */
    StoredJob withView(JobView other) {
        return new StoredJob(other, deleted, partition, offset, restorable);
    }

    /** See {@link JobVersion}. */
    String version() {
        return JobVersion.of(partition, offset);
    }

    /** The job this tombstone can bring back at {@code now}: kept, and its tombstone not expired. */
    boolean isRestorableAt(Instant now) {
        return deleted && restorable != null && restorable.expiresAt().isAfter(now);
    }

    /**
     * A deleted job as its tombstone keeps it.
     *
     * @param job the job's fields, times and status history as they were when it was deleted
     * @param historyCount how many stages the job has had in all (the history keeps the newest 20)
     * @param deletedAt the delete's time
     * @param expiresAt when the tombstone may go (DynamoDB TTL), and with it the chance to restore
     */
    record Restorable(JobView job, long historyCount, Instant deletedAt, Instant expiresAt) {
    }
}
