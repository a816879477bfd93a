package com.careervault.api.calendar;

import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.contracts.time.Timestamps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's calendar subscription ({@code /api/me/calendar-feed}): make (or replace) and revoke the secret
 * URL that {@link CalendarController#feed} serves. The secret is shown once, in the answer to {@code POST};
 * only its SHA-256 is kept ({@link CalendarFeedStore}), and it is never logged.
 */
@Tag(name = OpenApiConfiguration.TAG_CALENDAR)
@RestController
@RequestMapping("/api/me/calendar-feed")
public class CalendarFeedController {

    private static final URI SELF = URI.create("/api/me/calendar-feed");

    private final CalendarFeedStore store;
    private final CalendarProperties properties;
    private final Clock clock;

    CalendarFeedController(CalendarFeedStore store, CalendarProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(operationId = "getCalendarFeed", summary = "Whether the caller has a calendar subscription",
            description = "Says whether a subscription URL exists and when it was made. The URL itself is shown "
                    + "only once, by `POST /api/me/calendar-feed`.")
    @ApiResponse(responseCode = "200", description = "The subscription's state.")
    @GetMapping
    public Mono<CalendarFeedStatus> get(@AuthenticationPrincipal Jwt token) {
        return store.current(token.getSubject()).map(feed -> feed
                .map(found -> new CalendarFeedStatus(true, Timestamps.format(found.createdAt())))
                .orElseGet(() -> new CalendarFeedStatus(false, null)));
    }

    @Operation(operationId = "createCalendarFeed", summary = "Make a new calendar subscription URL",
            description = "Makes a new secret subscription URL, `<origin>/calendar/<secret>.ics`, for calendar "
                    + "apps (Google Calendar: Other calendars → From URL; Apple Calendar: File → New Calendar "
                    + "Subscription; Outlook: Add calendar → Subscribe from web). The secret is 32 random bytes "
                    + "(base64url) and is shown only in this answer. An earlier URL stops working at once "
                    + "(`404`): this is also how a leaked URL is replaced.")
    @ApiResponse(responseCode = "201", description = "The new URL, shown this once.")
    @PostMapping
    public Mono<ResponseEntity<CalendarFeedSecret>> create(@AuthenticationPrincipal Jwt token) {
        String secret = FeedSecret.generate();
        return store.replace(token.getSubject(), FeedSecret.hash(secret), clock.instant())
                .map(feed -> ResponseEntity.created(SELF)
                        // the answer carries a credential: no cache may keep it
                        .header("Cache-Control", "no-store")
                        .body(new CalendarFeedSecret(properties.publicApiUrl() + "/calendar/" + secret + ".ics",
                                secret, Timestamps.format(feed.createdAt()))));
    }

    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the calendar subscription URL",
            description = "The subscription URL stops working at once (`404`); calendar apps subscribed to it "
                    + "keep what they last fetched. Also `204` when there is none.")
    @ApiResponse(responseCode = "204", description = "The caller has no subscription URL now.")
    @DeleteMapping
    public Mono<ResponseEntity<Void>> revoke(@AuthenticationPrincipal Jwt token) {
        return store.revoke(token.getSubject()).thenReturn(ResponseEntity.noContent().build());
    }
}
