package com.careervault.migration;

import com.careervault.contracts.events.EventCodec;

/**
 * THE one place where the migration builds its {@link EventCodec}. When event data gets encrypted with
 * per-user data keys (crypto-shredding), the keyed codec is constructed here from {@code settings} (the data
 * keys table and master key), and every event the migration appends goes through it.
 */
final class EventCodecs {

    private EventCodecs() {
    }

    static EventCodec eventCodec(MigrationSettings settings) {
        return new EventCodec();
    }
}
