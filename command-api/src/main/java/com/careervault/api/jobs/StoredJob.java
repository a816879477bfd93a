package com.careervault.api.jobs;

import com.careervault.api.events.AppendedEvent;

/** A job item of the read model: its view, whether it is a tombstone, and the log position it was built from. */
record StoredJob(JobView view, boolean deleted, int partition, long offset) {

    /** True once the projector has applied the given event (or a later one) to this item. */
    boolean reflects(AppendedEvent event) {
        return partition == event.partition() && offset >= event.offset();
    }

    /** See {@link JobVersion}. */
    String version() {
        return JobVersion.of(partition, offset);
    }
}
