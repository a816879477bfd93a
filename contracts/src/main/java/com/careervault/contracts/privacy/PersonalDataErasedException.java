package com.careervault.contracts.privacy;

/**
 * An event's personal fields cannot be read because its user's data key was deleted (the account was
 * deleted: crypto-shredding). Not a malformed event: consumers skip it, count it, and never dead-letter it.
 * The message names the user id, event id and type only (never personal data).
 */
public class PersonalDataErasedException extends RuntimeException {

    private final String userId;
    private final String eventId;
    private final String eventType;

    public PersonalDataErasedException(String userId, String eventId, String eventType) {
        super("the personal data of event " + eventId + " (" + eventType + ") of user " + userId
                + " was erased: the user's data key is deleted");
        this.userId = userId;
        this.eventId = eventId;
        this.eventType = eventType;
    }

    /** For writes for a user whose key is deleted (no event yet). */
    public PersonalDataErasedException(String userId) {
        super("the data key of user " + userId + " is deleted: nothing personal can be written for this user");
        this.userId = userId;
        this.eventId = null;
        this.eventType = null;
    }

    public String userId() {
        return userId;
    }

    /** Null when raised while writing. */
    public String eventId() {
        return eventId;
    }

    /** The CloudEvents type; null when raised while writing. */
    public String eventType() {
        return eventType;
    }
}
