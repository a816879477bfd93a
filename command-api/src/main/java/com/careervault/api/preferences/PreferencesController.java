package com.careervault.api.preferences;

import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.reminders.UnsubscribeToken;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's reminder preferences, and the signed link in every email that turns reminders off. */
@RestController
@RequestMapping("/api/me/preferences")
public class PreferencesController {

    private final PreferencesStore store;
    private final EventLog eventLog;
    private final EventLogProperties events;
    private final UnsubscribeToken unsubscribeTokens;
    private final Clock clock;

    public PreferencesController(PreferencesStore store, EventLog eventLog, EventLogProperties events,
            ReminderLinkProperties links, Clock clock) {
        this.store = store;
        this.eventLog = eventLog;
        this.events = events;
        this.unsubscribeTokens = new UnsubscribeToken(links.linkSecret());
        this.clock = clock;
    }

    @GetMapping
    public Mono<ReminderPreferences> get(@AuthenticationPrincipal Jwt token) {
        return store.current(token.getSubject());
    }

    /** Replaces the preferences; fields left out keep their current value. */
    @PutMapping
    public Mono<ResponseEntity<ReminderPreferences>> put(@AuthenticationPrincipal Jwt token,
            @RequestBody PreferencesRequest body) {
        String userId = token.getSubject();
        return store.current(userId).flatMap(now -> publish(userId, body.over(now)))
                .map(preferences -> ResponseEntity.accepted().body(preferences));
    }

    /** The email link: no sign-in needed, the signed token names the user. */
    @GetMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    public Mono<String> unsubscribe(@RequestParam(required = false) String token) {
        String userId = unsubscribeTokens.verify(token)
                .orElseThrow(() -> new InvalidRequestException("token", "is not a valid unsubscribe link"));
        return store.current(userId)
                .flatMap(now -> publish(userId, new ReminderPreferences(false, now.followUpDays(), false, false,
                        now.timeZone())))
                .thenReturn("<!doctype html><html><head><meta charset=\"utf-8\"><title>CareerVault</title></head>"
                        + "<body><h1>Reminders are off</h1><p>You will get no more reminder emails from CareerVault."
                        + " You can turn them on again in your settings.</p></body></html>");
    }

    private Mono<ReminderPreferences> publish(String userId, ReminderPreferences preferences) {
        return eventLog.append(EventEnvelope.of(UUID.randomUUID().toString(), events.source(), clock.instant(), userId,
                        new UserPreferencesChanged(userId, preferences)))
                .thenReturn(preferences);
    }
}
