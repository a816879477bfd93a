package com.careervault.enricher.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.enricher.enrichment.JobReadModel.JobItem;
import org.junit.jupiter.api.Test;

/** When the read model shows that an event's description is no longer the job's (so a replay skips it). */
class OutdatedDescriptionTest {

    private static final String HASH = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);

    @Test
    void anItemWrittenByThisEventWithItsDescriptionIsCurrent() {
        assertThat(Enrichment.outdated(item(HASH, false, 2, 10), HASH, 2, 10)).isFalse();
    }

    @Test
    void anItemWrittenByALaterEventWithAnotherDescriptionOrNoneMakesItOutdated() {
        assertThat(Enrichment.outdated(item(OTHER, false, 2, 11), HASH, 2, 10)).isTrue();
        assertThat(Enrichment.outdated(item(null, false, 2, 11), HASH, 2, 10)).isTrue();
    }

    @Test
    void aTombstoneWrittenByALaterEventMakesItOutdated() {
        assertThat(Enrichment.outdated(item(HASH, true, 2, 11), HASH, 2, 10)).isTrue();
    }

    @Test
    void anItemBehindTheEventIsNoEvidence() {
        // the projector has not reached this event yet: the old description or a tombstone before a restore
        assertThat(Enrichment.outdated(item(OTHER, false, 2, 9), HASH, 2, 10)).isFalse();
        assertThat(Enrichment.outdated(item(OTHER, true, 2, 9), HASH, 2, 10)).isFalse();
        assertThat(Enrichment.outdated(item(OTHER, false, -1, -1), HASH, 2, 10)).isFalse();
    }

    @Test
    void anItemOnAnotherPartitionCannotBeCompared() {
        assertThat(Enrichment.outdated(item(OTHER, false, 3, 100), HASH, 2, 10)).isFalse();
    }

    private static JobItem item(String descriptionHash, boolean tombstone, int partition, long offset) {
        return new JobItem("job", "Acme", "Engineer", descriptionHash == null ? null : "text", descriptionHash,
                tombstone, partition, offset, null);
    }
}
