package com.careervault.api.preferences;

import com.careervault.api.auth.AddressOwners;
import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.links.EmailLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The "turn reminders off" link of every reminder email, as RFC 8058 (one-click unsubscribe) has it: the
 * email's {@code List-Unsubscribe} URL is {@code /unsubscribe?token=...}, and only a POST to it changes
 * anything, the mail provider's ({@code List-Unsubscribe=One-Click}, form-encoded) or the web app's button
 * (no body, or {@code {}}). A GET of that URL is the web app's page with the button
 * ({@link com.careervault.api.webapp.WebAppRoutes}), so link scanners that follow it change nothing. The
 * body is not read: the signed token is the whole request.
 */
@Tag(name = OpenApiConfiguration.TAG_PREFERENCES)
@RestController
public class UnsubscribeController {

    private static final String BAD_LINK = "is not a valid unsubscribe link for this account's address, "
            + "or it has expired";

    private final PreferencesStore store;
    private final AddressOwners owners;
    private final EmailLinks links;
    private final EventLog eventLog;
    private final EventLogProperties events;
    private final Clock clock;

    public UnsubscribeController(PreferencesStore store, AddressOwners owners, EmailLinks links, EventLog eventLog,
            EventLogProperties events, Clock clock) {
        this.store = store;
        this.owners = owners;
        this.links = links;
        this.eventLog = eventLog;
        this.events = events;
        this.clock = clock;
    }

    /** What an unsubscribe did. */
    @Schema(name = "Unsubscribed", description = "Reminder emails are off for the address.")
    public record Unsubscribed(
            @Schema(description = "The address the link was sent to.", format = "email",
                    example = "test@example.com", requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(description = "Always false: every reminder is off.", example = "false",
                    requiredMode = Schema.RequiredMode.REQUIRED) boolean remindersEnabled) {
    }

    @Operation(operationId = "unsubscribe", summary = "Turn reminder emails off (one-click unsubscribe)",
            description = "The `List-Unsubscribe` URL of every reminder email (RFC 8058). Needs no sign-in: the "
                    + "signed `token` names the account and the address the email went to. Turns every reminder "
                    + "off, keeping the follow-up days and time zone. Mail providers send the form body "
                    + "`List-Unsubscribe=One-Click`; the web app's button sends no body or `{}`; the body is not "
                    + "read. An expired or tampered token, or one whose address is no longer the account's, is "
                    + "refused with `400` (field `token`). A `GET` of this URL is the web app's page with the "
                    + "button and changes nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = {
                    @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                            schemaProperties = @SchemaProperty(name = "List-Unsubscribe", schema = @Schema(
                                    type = "string", allowableValues = "One-Click", example = "One-Click")),
                            examples = @ExampleObject(name = "one-click", summary = "RFC 8058's one-click POST",
                                    value = "{\"List-Unsubscribe\": \"One-Click\"}")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object", description = "Empty: the web app's button."),
                            examples = @ExampleObject(name = "button", summary = "The web app's button",
                                    value = "{}"))}))
    @Parameter(name = "token", in = ParameterIn.QUERY, required = true,
            description = "The signed token of the email's link.", schema = @Schema(type = "string",
                    maxLength = 4096, example = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ1bnN1YnNjcmliZSJ9.c2ln"))
    @ApiResponse(responseCode = "200", description = "Reminders are off.")
    @PostMapping("/unsubscribe")
    public Mono<Unsubscribed> unsubscribe(@RequestParam(required = false) String token) {
        EmailLinks.Link link = links.verify(EmailLinks.Purpose.UNSUBSCRIBE, token, clock.instant())
                .orElseThrow(() -> new InvalidRequestException("token", BAD_LINK));
        String userId = link.userId();
        return owners.holds(userId, link.email())
                .flatMap(holds -> holds ? store.current(userId)
                        : Mono.error(new InvalidRequestException("token", BAD_LINK)))
                .flatMap(now -> eventLog.append(EventEnvelope.of(UUID.randomUUID().toString(), events.source(),
                        clock.instant(), userId, new UserPreferencesChanged(userId, new ReminderPreferences(false,
                                now.followUpDays(), false, false, now.timeZone(), now.interviewLeadHours(),
                                now.ghostedAfterAppliedDays(), now.ghostedAfterInterviewDays())))))
                .thenReturn(new Unsubscribed(link.email(), false));
    }
}
