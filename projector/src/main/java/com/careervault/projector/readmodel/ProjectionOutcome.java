package com.careervault.projector.readmodel;

/** What became of one event in the read model. */
public enum ProjectionOutcome {
    /** The event changed its item. */
    APPLIED,
    /**
     * Nothing to do: the item was already built from this event or a later one,
     * the job exists already (a created event) or no longer exists (a tombstone).
     */
    SKIPPED
}
