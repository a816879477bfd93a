package com.careervault.api.preferences;

import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's reminder preferences (the emailed "turn reminders off" link is {@link UnsubscribeController}). */
@Tag(name = OpenApiConfiguration.TAG_PREFERENCES)
@RestController
@RequestMapping("/api/me/preferences")
public class PreferencesController {

    private final PreferencesStore store;
    private final EventLog eventLog;
    private final EventLogProperties events;
    private final Clock clock;

    public PreferencesController(PreferencesStore store, EventLog eventLog, EventLogProperties events,
            Clock clock) {
        this.store = store;
        this.eventLog = eventLog;
        this.events = events;
        this.clock = clock;
    }

    @Operation(operationId = "getPreferences", summary = "The caller's reminder preferences",
            description = "Which reminder emails the caller gets, after how many days in `Applied` a follow-up is "
                    + "suggested, and the time zone reminders are timed in. Defaults until the caller sets them.")
    @ApiResponse(responseCode = "200", description = "The preferences.")
    @GetMapping
    public Mono<ReminderPreferences> get(@AuthenticationPrincipal Jwt token) {
        return store.current(token.getSubject());
    }

    /** Replaces the preferences; fields left out keep their current value. */
    @Operation(operationId = "updatePreferences", summary = "Change the caller's reminder preferences",
            description = "Sets the fields present in the body; fields left out keep their current value. The "
                    + "answer is `202` with the resulting preferences once the change is in the event log.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    examples = @ExampleObject(name = "weekly", summary = "Follow up after a week, in Berlin time",
                            value = "{\"follow_up_enabled\": true, \"follow_up_days\": 7, "
                                    + "\"time_zone\": \"Europe/Berlin\"}"))))
    @ApiResponse(responseCode = "202", description = "Recorded: the preferences now in force.")
    @PutMapping
    public Mono<ResponseEntity<ReminderPreferences>> put(@AuthenticationPrincipal Jwt token,
            @RequestBody PreferencesRequest body) {
        String userId = token.getSubject();
        return store.current(userId).flatMap(now -> publish(userId, body.over(now)))
                .map(preferences -> ResponseEntity.accepted().body(preferences));
    }

    private Mono<ReminderPreferences> publish(String userId, ReminderPreferences preferences) {
        return eventLog.append(EventEnvelope.of(UUID.randomUUID().toString(), events.source(), clock.instant(), userId,
                        new UserPreferencesChanged(userId, preferences)))
                .thenReturn(preferences);
    }
}
