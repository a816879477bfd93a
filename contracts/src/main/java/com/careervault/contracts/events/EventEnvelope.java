package com.careervault.contracts.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with the extension attribute
 * {@code userid}. The topic key is always {@code userid}, so one user's events stay in order.
 */
public record EventEnvelope(String specversion, String id, String source, String type, Instant time, String subject,
        String datacontenttype, String userid, CareerVaultEvent data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    /** The media type of a whole event in structured mode. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(userid, "userid");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps event data, deriving {@code type} and {@code subject} from it. */
    public static EventEnvelope of(String id, String source, Instant time, String userId, CareerVaultEvent data) {
        String subject = data instanceof JobEvent job ? job.jobId() : null;
        return new EventEnvelope(SPEC_VERSION, id, source, EventType.of(data).type(), time, subject, CONTENT_TYPE,
                userId, data);
    }

    public EventType eventType() {
        return EventType.of(type);
    }
}
