package com.careervault.api.calendar;

import com.careervault.api.jobs.JobIds;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.NotFoundException;
import com.careervault.contracts.calendar.ICalendarDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The calendar as iCalendar (RFC 5545, {@link ICalendarDocuments}): the public subscription feed
 * ({@code GET /calendar/{secret}.ics}, the secret is the credential) and one interview's file
 * ({@code GET /api/jobs/{jobId}/interviews/{interviewId}.ics}, with the bearer token). The latter's pattern
 * is more specific than {@code /api/jobs/{jobId}/interviews/{interviewId}} (same captures, a literal
 * suffix), so Spring routes {@code .../<id>.ics} here and every other id to the interview itself.
 *
 * <p>Both answer with ETag and Last-Modified, and {@code 304} to a matching If-None-Match (or, without one,
 * If-Modified-Since): Spring's {@code ResponseEntity} handling checks them for GET and HEAD.
 */
@Tag(name = OpenApiConfiguration.TAG_CALENDAR)
@RestController
public class CalendarController {

    /** What a wrong, unknown, rotated or revoked secret gets: the same answer, so none is told from another. */
    static final String NO_CALENDAR = "There is no calendar at this address.";

    private static final Pattern ID = Pattern.compile(JobIds.PATTERN);
    private static final MediaType CALENDAR = MediaType.parseMediaType(ICalendarDocuments.CONTENT_TYPE);

    private final CalendarFeedStore feeds;
    private final CalendarFeeds documents;
    private final Clock clock;

    CalendarController(CalendarFeedStore feeds, CalendarFeeds documents, Clock clock) {
        this.feeds = feeds;
        this.documents = documents;
        this.clock = clock;
    }

    @Operation(operationId = "getCalendarFeedDocument", summary = "The subscription feed (for calendar apps)",
            description = "Every interview of the secret's owner that starts at most 90 days ago or later, "
                    + "cancelled ones included (`STATUS:CANCELLED`; `SEQUENCE` grows with every reschedule and "
                    + "the cancellation), and every follow-up date of their live jobs in the same window, as one "
                    + "iCalendar (RFC 5545) document. Interviews start (`DTSTART;TZID=...`, with the matching "
                    + "`VTIMEZONE`) in the zone they were arranged in; follow-ups are 15-minute events in the "
                    + "user's preference time zone. UIDs are stable: `<interview_id>@careervault`, "
                    + "`follow-up-<job_id>@careervault`. Interviews of deleted jobs are left out. No "
                    + "`Authorization` header: the secret in the path is the credential (make one with "
                    + "`POST /api/me/calendar-feed`). A wrong, malformed, replaced or revoked secret answers "
                    + "`404`, all alike. Poll with `If-None-Match` (or `If-Modified-Since`): `304` while "
                    + "nothing changed.")
    @Parameter(name = "secret", in = ParameterIn.PATH, required = true, description = "The subscription "
            + "secret: 43 characters of base64url.", schema = @Schema(type = "string", pattern = "^[A-Za-z0-9_-]{43}$"))
    @ApiResponse(responseCode = "200", description = "The calendar.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "A hash of the document.", schema = @Schema(type = "string")),
            @Header(name = HttpHeaders.LAST_MODIFIED, description = "The latest change of its data.",
                    schema = @Schema(type = "string"))},
            content = @Content(mediaType = ICalendarDocuments.CONTENT_TYPE, schema = @Schema(type = "string",
                    example = "BEGIN:VCALENDAR\r\nPRODID:-//CareerVault//CareerVault//EN\r\nVERSION:2.0\r\n...")))
    @ApiResponse(responseCode = "304", description = "Not modified since the `ETag` (or date) the client sent.")
    @ApiResponse(responseCode = "404", description = "No calendar at this address: the secret is wrong, "
            + "malformed, replaced or revoked (which one is not said).",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @GetMapping(path = "/calendar/{secret}.ics", produces = {ICalendarDocuments.CONTENT_TYPE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public Mono<ResponseEntity<byte[]>> feed(@PathVariable String secret) {
        if (!FeedSecret.wellFormed(secret)) {
            return Mono.error(new NotFoundException(NO_CALENDAR));
        }
        return feeds.owner(FeedSecret.hash(secret))
                .flatMap(owner -> owner.map(found -> documents.feed(found.userId(), found.createdAt(), clock.instant()))
                        .orElseGet(() -> Mono.error(new NotFoundException(NO_CALENDAR))))
                .map(CalendarController::answer);
    }

    @Operation(operationId = "getInterviewCalendarFile", summary = "One interview as an iCalendar file",
            description = "The interview as one `VEVENT` (RFC 5545) to open in a calendar app: the same event "
                    + "(UID `<interview_id>@careervault`, `SEQUENCE`, times) as in the subscription feed, "
                    + "`STATUS:CANCELLED` once cancelled, `DTSTART` in the zone it was arranged in with its "
                    + "`VTIMEZONE`. `404` for an interview the caller does not have, or of a deleted job.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment `interview-<interview_id>.ics`.",
            content = @Content(mediaType = ICalendarDocuments.CONTENT_TYPE, schema = @Schema(type = "string",
                    example = "BEGIN:VCALENDAR\r\nPRODID:-//CareerVault//CareerVault//EN\r\nVERSION:2.0\r\n...")))
    @ApiResponse(responseCode = "304", description = "Not modified since the `ETag` (or date) the client sent.")
    @GetMapping(path = "/api/jobs/{jobId}/interviews/{interviewId}.ics", produces = {
            ICalendarDocuments.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public Mono<ResponseEntity<byte[]>> interview(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @PathVariable String interviewId) {
        String job = id("job_id", "job", jobId);
        String interview = id("interview_id", "interview", interviewId);
        return documents.interview(token.getSubject(), job, interview)
                .map(found -> found.orElseThrow(() -> new NotFoundException("No such interview")))
                .map(document -> {
                    ResponseEntity<byte[]> answer = answer(document);
                    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"interview-" + interview
                                    + ".ics\"")
                            .body(answer.getBody());
                });
    }

    private static ResponseEntity<byte[]> answer(CalendarDocument document) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .eTag(document.etag())
                .lastModified(document.lastModified())
                // the user's own data: no shared cache may keep it; clients revalidate (cheap with the ETag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(document.bytes());
    }

    private static String id(String field, String what, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new InvalidRequestException(field, "is not " + (what.equals("interview") ? "an " : "a ") + what
                    + " id (a UUID)");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
