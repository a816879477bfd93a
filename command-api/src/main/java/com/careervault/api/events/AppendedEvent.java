package com.careervault.api.events;

/** An event the broker acknowledged, and where it sits in the log. */
public record AppendedEvent(String eventId, int partition, long offset) {
}
