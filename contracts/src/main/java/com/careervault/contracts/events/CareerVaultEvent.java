package com.careervault.contracts.events;

/** The data of every event on {@code careervault.events.v1}: either about a user or about one of their jobs. */
public sealed interface CareerVaultEvent permits UserEvent, JobEvent {
}
