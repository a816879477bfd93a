package com.careervault.migration;

import java.util.List;

/**
 * One old document, mapped or rejected.
 *
 * @param <T> what an accepted document becomes
 */
sealed interface Mapped<T> {

    /** The document's {@code _id} as hex, or a description when it has none (e.g. "line 7"). */
    String mongoId();

    /**
     * @param notCarried fields of the document that CareerVault has no place for (reported, not silently lost)
     */
    record Accepted<T>(String mongoId, T value, List<String> notCarried) implements Mapped<T> {
    }

    record Rejected<T>(String mongoId, String reason) implements Mapped<T> {
    }
}
