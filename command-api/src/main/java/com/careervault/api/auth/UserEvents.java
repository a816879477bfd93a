package com.careervault.api.auth;

import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserEvent;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Appends the identity endpoints' {@link UserEvent}s to the event log, keyed by the user. */
@Component
public class UserEvents {

    private final EventLog eventLog;
    private final EventLogProperties events;
    private final Clock clock;

    public UserEvents(EventLog eventLog, EventLogProperties events, Clock clock) {
        this.eventLog = eventLog;
        this.events = events;
        this.clock = clock;
    }

    /** Completes once the event is acknowledged by Kafka; fails with a 503 otherwise. */
    public Mono<Void> append(String userId, UserEvent event) {
        return Mono.defer(() -> eventLog.append(EventEnvelope.of(UUID.randomUUID().toString(), events.source(),
                clock.instant(), userId, event))).then();
    }
}
