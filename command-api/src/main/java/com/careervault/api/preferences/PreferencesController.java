package com.careervault.api.preferences;

import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.reminders.UnsubscribeToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = OpenApiConfiguration.TAG_PREFERENCES)
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

    /** The email link: no sign-in needed, the signed token names the user. */
    @Operation(operationId = "unsubscribe", summary = "Turn reminder emails off (the email link)",
            description = "The link at the bottom of every reminder email. Needs no sign-in: the signed `token` "
                    + "names the user. Turns every reminder off and answers a short HTML page; an invalid or "
                    + "tampered token is refused with 400.")
    @Parameter(name = "token", in = ParameterIn.QUERY, required = true,
            description = "The signed token from the email's link.", schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "Reminders are off: a page saying so.",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string",
                    example = "<!doctype html><html><body><h1>Reminders are off</h1></body></html>")))
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
