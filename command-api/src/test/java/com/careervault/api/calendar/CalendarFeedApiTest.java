package com.careervault.api.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.calendar.ICalendarDocuments;
import com.careervault.contracts.dynamodb.CalendarFeedsTable;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.time.Timestamps;
import com.careervault.devstack.DevStack;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The calendar on the devstack: {@code /api/me/calendar-feed} makes, rotates and revokes the subscription
 * secret (kept hashed), {@code GET /calendar/{secret}.ics} answers without a token with every interview and
 * follow-up date of the owner as iCalendar that ical4j parses back and finds valid (RFC 5545), and a wrong,
 * rotated, revoked or malformed secret is a 404 like any other. The read model's items are written here
 * directly, as the projector would.
 */
@ApiIntegrationTest
class CalendarFeedApiTest {

    // the next change to daylight saving time in New York after the tests' "now" (2027-03-14 02:00 EST)
    private static final Instant BEFORE_DST = Instant.parse("2027-03-12T15:00:00Z"); // 10:00 EST
    private static final Instant AFTER_DST = Instant.parse("2027-03-15T14:00:00Z"); // 10:00 EDT
    private static final String SECRET = "[A-Za-z0-9_-]{43}";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;
    private final String jobId = UUID.randomUUID().toString();

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void theSecretIsShownOnceAndKeptOnlyAsItsHash() throws Exception {
        client.get().uri("/api/me/calendar-feed").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody().json("{\"active\": false}", true);

        JsonNode created = create();

        String secret = created.get("secret").asString();
        assertThat(secret).matches(SECRET);
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        assertThat(created.get("url").asString()).isEqualTo("http://localhost:8000/calendar/" + secret + ".ics");
        String createdAt = created.get("created_at").asString();
        assertThat(createdAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        String hash = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(UTF_8)));
        assertThat(feedItem(CalendarFeedsTable.USER_PREFIX + account.userId())).isEqualTo(Map.of(
                CalendarFeedsTable.ID, s(CalendarFeedsTable.USER_PREFIX + account.userId()),
                CalendarFeedsTable.SECRET_HASH, s(hash), CalendarFeedsTable.CREATED_AT, s(createdAt)));
        assertThat(feedItem(CalendarFeedsTable.FEED_PREFIX + hash)).isEqualTo(Map.of(
                CalendarFeedsTable.ID, s(CalendarFeedsTable.FEED_PREFIX + hash),
                CalendarFeedsTable.USER_ID, s(account.userId()), CalendarFeedsTable.CREATED_AT, s(createdAt)));
        client.get().uri("/api/me/calendar-feed").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .json("{\"active\": true, \"created_at\": \"" + createdAt + "\"}", true);
    }

    @Test
    void theFeedHasEveryInterviewAndFollowUpInItsZoneWithSequenceAndCancellations() throws Exception {
        String deletedJob = UUID.randomUUID().toString();
        putJob(jobId, "Acme", "Engineer", Instant.parse("2027-01-04T09:00:00Z"), false);
        putJob(deletedJob, "Gone Corp", "Tester", Instant.parse("2027-01-05T09:00:00Z"), true);
        putZone("Europe/Paris");
        String beforeDst = UUID.randomUUID().toString();
        String afterDst = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        putInterview(jobId, beforeDst, BEFORE_DST, "America/New_York", "technical", "scheduled", 0);
        putInterview(jobId, afterDst, AFTER_DST, "America/New_York", "final", "scheduled", 2);
        putInterview(jobId, cancelled, Instant.parse("2027-02-01T09:00:00Z"), "Europe/Berlin", "phone_screen",
                "cancelled", 1);
        // of a deleted job, and older than 90 days: not in the feed
        putInterview(deletedJob, UUID.randomUUID().toString(), AFTER_DST, "UTC", "other", "scheduled", 0);
        putInterview(jobId, UUID.randomUUID().toString(), Instant.now().minus(91, ChronoUnit.DAYS), "UTC", "other",
                "scheduled", 0);
        String secret = create().get("secret").asString();

        EntityExchangeResult<byte[]> answer = client.get().uri("/calendar/" + secret + ".ics").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(ICalendarDocuments.CONTENT_TYPE)
                .expectHeader().valueMatches(HttpHeaders.ETAG, "\"[A-Za-z0-9_-]{43}\"")
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*private.*")
                .expectBody().returnResult();

        Calendar calendar = parse(answer.getResponseBody());
        assertThat(rfc5545Errors(calendar)).isEmpty();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> value(event, Property.UID)).containsExactly(
                "follow-up-" + jobId + "@careervault", cancelled + "@careervault", beforeDst + "@careervault",
                afterDst + "@careervault");
        assertThat(events).extracting(event -> value(event, Property.SUMMARY)).containsExactly(
                "Follow up: Engineer at Acme", "Phone screen: Engineer at Acme", "Technical interview: Engineer at Acme",
                "Final interview: Engineer at Acme");
        assertThat(events).extracting(event -> value(event, Property.SEQUENCE)).containsExactly("0", "1", "0", "2");
        assertThat(events).extracting(event -> value(event, Property.STATUS))
                .containsExactly("CONFIRMED", "CANCELLED", "CONFIRMED", "CONFIRMED");
        assertThat(events).extracting(event -> tzid(event).orElse("UTC"))
                .containsExactly("Europe/Paris", "Europe/Berlin", "America/New_York", "America/New_York");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("Europe/Paris", "Europe/Berlin", "America/New_York");
        // the same wall-clock time on both sides of the change, and the right instant by the document's VTIMEZONE
        assertThat(events).extracting(event -> value(event, Property.DTSTART)).containsExactly(
                "20270104T100000", "20270201T100000", "20270312T100000", "20270315T100000");
        assertThat(events).extracting(event -> start(calendar, event)).containsExactly(
                Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-02-01T09:00:00Z"), BEFORE_DST, AFTER_DST);
        assertThat(value(events.get(0), Property.DURATION)).isEqualTo("PT15M");
        assertThat(value(events.get(2), Property.LOCATION)).isEqualTo("Room 4");
        assertThat(value(events.get(2), Property.URL)).isEqualTo("https://meet.example.com/j/1");
    }

    @Test
    void pollingIsCheapUntilSomethingChanges() {
        putJob(jobId, "Acme", "Engineer", null, false);
        String interviewId = UUID.randomUUID().toString();
        putInterview(jobId, interviewId, AFTER_DST, "America/New_York", "technical", "scheduled", 0);
        String feed = "/calendar/" + create().get("secret").asString() + ".ics";
        HttpHeaders first = client.get().uri(feed).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseHeaders();
        String etag = first.getETag();
        long lastModified = first.getLastModified();
        assertThat(lastModified).isPositive();

        client.get().uri(feed).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified().expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();
        client.get().uri(feed).ifModifiedSince(ZonedDateTime.ofInstant(Instant.ofEpochMilli(lastModified),
                        ZoneOffset.UTC)).exchange()
                .expectStatus().isNotModified();

        // rescheduled: a new SEQUENCE, a new ETag, a later Last-Modified
        putInterview(jobId, interviewId, AFTER_DST.plus(1, ChronoUnit.HOURS), "America/New_York", "technical",
                "scheduled", 1, Instant.now().plusSeconds(5));
        EntityExchangeResult<byte[]> changed = client.get().uri(feed).header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange().expectStatus().isOk().expectBody().returnResult();
        assertThat(changed.getResponseHeaders().getETag()).isNotEqualTo(etag);
        assertThat(changed.getResponseHeaders().getLastModified()).isGreaterThan(lastModified);
        assertThat(new String(changed.getResponseBody(), UTF_8)).contains("SEQUENCE:1\r\n");
    }

    @Test
    void aRotatedRevokedMalformedOrUnknownSecretIsTheSame404() {
        String old = create().get("secret").asString();
        client.get().uri("/calendar/" + old + ".ics").exchange().expectStatus().isOk();
        String rotated = create().get("secret").asString();
        assertThat(rotated).isNotEqualTo(old);

        JsonNode unknown = notFound(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]));
        assertThat(notFound(old)).isEqualTo(unknown);
        client.get().uri("/calendar/" + rotated + ".ics").exchange().expectStatus().isOk();

        client.delete().uri("/api/me/calendar-feed").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNoContent().expectBody().isEmpty();
        assertThat(notFound(rotated)).isEqualTo(unknown);
        assertThat(feedItem(CalendarFeedsTable.USER_PREFIX + account.userId())).isEmpty();
        client.get().uri("/api/me/calendar-feed").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody().json("{\"active\": false}", true);
        // revoking nothing is fine
        client.delete().uri("/api/me/calendar-feed").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNoContent();

        for (String malformed : List.of(rotated.substring(1), rotated + "A", rotated.substring(1) + "!",
                rotated.substring(1) + "=", "x")) {
            assertThat(notFound(malformed)).as(malformed).isEqualTo(unknown);
        }
    }

    @Test
    void oneInterviewIsItsOwnFileForItsOwnerOnly() throws Exception {
        putJob(jobId, "Acme", "Engineer", null, false);
        String interviewId = UUID.randomUUID().toString();
        putInterview(jobId, interviewId, BEFORE_DST, "America/New_York", "on_site", "cancelled", 3);
        String path = "/api/jobs/" + jobId + "/interviews/" + interviewId + ".ics";

        byte[] file = client.get().uri(path).header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(ICalendarDocuments.CONTENT_TYPE)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"interview-" + interviewId + ".ics\"")
                .expectBody().returnResult().getResponseBody();

        Calendar calendar = parse(file);
        assertThat(rfc5545Errors(calendar)).isEmpty();
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(1);
        assertThat(value(event, Property.UID)).isEqualTo(interviewId + "@careervault");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("On-site interview: Engineer at Acme");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(tzid(event)).contains("America/New_York");
        assertThat(start(calendar, event)).isEqualTo(BEFORE_DST);

        Accounts.Account other = Accounts.signUpAndLogIn(client);
        client.get().uri(path).header("Authorization", other.bearer()).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(path).exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/jobs/" + jobId + "/interviews/not-an-id.ics").header("Authorization", account.bearer())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("interview_id");
        // the job deleted: its interviews are gone too
        putJob(jobId, "Acme", "Engineer", null, true);
        client.get().uri(path).header("Authorization", account.bearer()).exchange().expectStatus().isNotFound();
    }

    private JsonNode create() {
        return client.post().uri("/api/me/calendar-feed").header("Authorization", account.bearer()).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The 404's problem without {@code instance} (the path, which differs). */
    private JsonNode notFound(String secret) {
        JsonNode problem = client.get().uri("/calendar/" + secret + ".ics").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        ((tools.jackson.databind.node.ObjectNode) problem).remove("instance");
        return problem;
    }

    private void putJob(String id, String company, String position, Instant followUpAt, boolean deleted) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(Jobs.USER_ID, s(account.userId()), Jobs.JOB_ID, s(id),
                Jobs.CREATED_AT, s("2026-11-01T10:00:00.000000Z"), Jobs.UPDATED_AT, s("2026-11-02T10:00:00.000000Z")));
        if (deleted) {
            item.put(Jobs.DELETED, AttributeValue.fromBool(true));
            item.put(Jobs.DELETED_AT, s(Timestamps.format(Instant.now())));
        } else {
            item.put(Jobs.COMPANY, s(company));
            item.put(Jobs.POSITION, s(position));
            item.put(Jobs.STATUS, s("Interviewing"));
        }
        if (followUpAt != null) {
            item.put(Jobs.FOLLOW_UP_AT, s(Timestamps.format(followUpAt)));
        }
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Jobs.DEFAULT_TABLE).item(item));
    }

    private void putZone(String zone) {
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Users.DEFAULT_TABLE).item(Map.of(
                Users.USER_ID, s(account.userId()),
                Users.PREFERENCES, AttributeValue.fromM(Map.of("time_zone", s(zone))))));
    }

    private void putInterview(String job, String id, Instant start, String zone, String kind, String status,
            int sequence) {
        putInterview(job, id, start, zone, kind, status, sequence, Instant.parse("2026-11-20T08:00:00Z"));
    }

    private void putInterview(String job, String id, Instant start, String zone, String kind, String status,
            int sequence, Instant updatedAt) {
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Interviews.DEFAULT_TABLE).item(Map.ofEntries(
                Map.entry(Interviews.USER_ID, s(account.userId())),
                Map.entry(Interviews.INTERVIEW_KEY, s(Interviews.key(job, id))),
                Map.entry(Interviews.JOB_ID, s(job)), Map.entry(Interviews.INTERVIEW_ID, s(id)),
                Map.entry(Interviews.STARTS_AT, s(Timestamps.format(start))),
                Map.entry(Interviews.TIME_ZONE, s(zone)),
                Map.entry(Interviews.DURATION_MINUTES, AttributeValue.fromN("90")),
                Map.entry(Interviews.KIND, s(kind)), Map.entry(Interviews.LOCATION, s("Room 4")),
                Map.entry(Interviews.MEETING_URL, s("https://meet.example.com/j/1")),
                Map.entry(Interviews.CONTACT_IDS, AttributeValue.fromL(List.of())),
                Map.entry(Interviews.STATUS, s(status)),
                Map.entry(Interviews.SEQUENCE, AttributeValue.fromN(Integer.toString(sequence))),
                Map.entry(Interviews.LEGACY, AttributeValue.fromBool(false)),
                Map.entry(Interviews.CREATED_AT, s("2026-11-19T08:00:00.000000Z")),
                Map.entry(Interviews.UPDATED_AT, s(Timestamps.format(updatedAt))))));
    }

    private static Map<String, AttributeValue> feedItem(String id) {
        return DevStack.shared().dynamoDb().getItem(r -> r.tableName(CalendarFeedsTable.DEFAULT_TABLE)
                .consistentRead(true).key(Map.of(CalendarFeedsTable.ID, s(id)))).item();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static Calendar parse(byte[] document) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(document));
    }

    /** RFC 5545's rules for the calendar, its properties and every component (as contracts' tests check). */
    private static List<ValidationEntry> rfc5545Errors(Calendar calendar) throws Exception {
        List<ValidationEntry> entries = new ArrayList<>(calendar.validate(false).getEntries());
        List<Property> properties = calendar.getProperties();
        for (Property property : properties) {
            entries.addAll(property.validate().getEntries());
        }
        List<CalendarComponent> components = calendar.getComponents();
        for (CalendarComponent component : components) {
            entries.addAll(component.validate(true).getEntries());
        }
        return entries.stream().filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR).toList();
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    private static Optional<String> tzid(VEvent event) {
        return event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID)
                .map(TzId.class::cast).map(TzId::getValue);
    }

    /**
     * DTSTART's instant: UTC as it is, a local time by its TZID's rules (the JDK's; ical4j's ZoneRulesBuilder
     * misreads its own definitions, see contracts' ICalendarDocumentsTest), whose VTIMEZONE the document has.
     */
    @SuppressWarnings("unchecked")
    private static Instant start(Calendar calendar, VEvent event) {
        DateProperty<Temporal> date = event.getProperty(Property.DTSTART).map(p -> (DateProperty<Temporal>) p)
                .orElseThrow();
        Optional<String> tzid = tzid(event);
        if (tzid.isEmpty()) {
            return Instant.from(date.getDate());
        }
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(zone -> zone.getTimeZoneId().getValue()).contains(tzid.get());
        LocalDateTime local = LocalDateTime.parse(date.getValue(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        return local.atZone(ZoneId.of(tzid.get())).withEarlierOffsetAtOverlap().toInstant();
    }
}
