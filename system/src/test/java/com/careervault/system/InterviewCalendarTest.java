package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's "done when", over HTTP against the whole system: an interview scheduled, rescheduled and cancelled
 * shows in the user's subscription feed with a rising {@code SEQUENCE} and finally {@code STATUS:CANCELLED}; one
 * reminder is mailed, for the new time, with the interview attached as {@code .ics}; a contact linked to two jobs
 * shows on both and in its vCard; a revoked feed secret answers 404.
 */
@ExtendWith(DevStackExtension.class)
class InterviewCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Test
    void aRescheduledAndCancelledInterviewReachesTheFeedAndOneReminder() throws Exception {
        Api user = Api.newUser().withVerifiedEmail();
        String acme = user.createReadable("{\"company\":\"Acme\",\"position\":\"Engineer\",\"status\":\"Applied\"}");
        String globex = user.createReadable(
                "{\"company\":\"Globex\",\"position\":\"Architect\",\"status\":\"Applied\"}");

        // one contact, linked to both jobs
        String contactId = user.json(user.post("/api/contacts", """
                {"name": "Ada Lovelace", "role": "Recruiter", "company": "Acme", "email": "ada@acme.example",
                 "job_ids": ["%s", "%s"]}""".formatted(acme, globex), "Prefer", "wait=5")
                .expectStatus().is2xxSuccessful()).get("contact_id").asString();
        for (String jobId : List.of(acme, globex)) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> user.get("/api/jobs/" + jobId)
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.contacts[0].contact_id").isEqualTo(contactId)
                    .jsonPath("$.contacts[0].name").isEqualTo("Ada Lovelace"));
        }
        String vcardText = user.get("/api/contacts/" + contactId + ".vcf").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        VCard vcard = Ezvcard.parse(vcardText).first();
        assertThat(vcard.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(vcard.getFormattedName().getValue()).isEqualTo("Ada Lovelace");
        assertThat(vcard.getEmails()).extracting(email -> email.getValue()).containsExactly("ada@acme.example");

        // a subscription feed, shown once
        JsonNode feed = user.json(user.post("/api/me/calendar-feed", "{}").expectStatus().is2xxSuccessful());
        String feedPath = java.net.URI.create(feed.get("url").asString()).getPath();
        assertThat(feedPath).isEqualTo("/calendar/" + feed.get("secret").asString() + ".ics");

        // scheduled in New York a month ahead: far from the (24-hour) reminder lead
        LocalDateTime firstLocal = LocalDateTime.now(NEW_YORK).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        String interviewId = user.json(user.post("/api/jobs/" + acme + "/interviews", """
                {"local_start": "%s", "time_zone": "America/New_York", "duration_minutes": 45, "kind": "technical",
                 "location": "Video call", "contact_ids": ["%s"]}""".formatted(firstLocal.format(LOCAL_MINUTES),
                contactId), "Prefer", "wait=5").expectStatus().is2xxSuccessful()).get("interview_id").asString();
        VEvent scheduled = awaitFeedEvent(feedPath, interviewId, 0);
        assertStartsAt(scheduled, firstLocal);

        // moved to one hour from now: the reminder is due at once, for the new time only
        LocalDateTime newLocal = LocalDateTime.now(NEW_YORK).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        user.patch("/api/jobs/" + acme + "/interviews/" + interviewId,
                "{\"local_start\": \"" + newLocal.format(LOCAL_MINUTES) + "\"}", "Prefer", "wait=5")
                .expectStatus().is2xxSuccessful();
        VEvent rescheduled = awaitFeedEvent(feedPath, interviewId, 1);
        assertStartsAt(rescheduled, newLocal);

        MimeMessage reminder = await().atMost(Duration.ofSeconds(60))
                .until(() -> interviewReminders(user.email), found -> !found.isEmpty()).get(0);
        VEvent attached = onlyEvent(parse(calendarAttachment(reminder).orElseThrow(
                () -> new AssertionError("no text/calendar part in " + Mails.text(reminder)))));
        assertThat(value(attached, Property.UID)).isEqualTo(interviewId + "@careervault");
        assertStartsAt(attached, newLocal);

        // cancelled: the feed keeps it, struck through, one revision later
        user.delete("/api/jobs/" + acme + "/interviews/" + interviewId, "Prefer", "wait=5")
                .expectStatus().is2xxSuccessful();
        VEvent cancelled = awaitFeedEvent(feedPath, interviewId, 2);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");

        // polling is cheap: the same feed again is a 304
        EntityExchangeResult<byte[]> latest = TheSystem.http().get().uri(feedPath).exchange()
                .expectStatus().isOk().expectBody().returnResult();
        String etag = latest.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        TheSystem.http().get().uri(feedPath).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified();

        // exactly one reminder for the interview, however long we wait after the cancellation
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(interviewReminders(user.email)).hasSize(1);

        // revoked: the old address answers 404 like any unknown secret
        user.delete("/api/me/calendar-feed").expectStatus().isNoContent();
        TheSystem.http().get().uri(feedPath).exchange().expectStatus().isNotFound();
        user.get("/api/me/calendar-feed").expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
    }

    /** Waits until the feed holds the interview at {@code sequence}, and returns that event. */
    private static VEvent awaitFeedEvent(String feedPath, String interviewId, int sequence) {
        WebTestClient http = TheSystem.http();
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            String body = http.get().uri(feedPath).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            return parse(body).<VEvent>getComponents("VEVENT").stream()
                    .filter(event -> value(event, Property.UID).equals(interviewId + "@careervault"))
                    .filter(event -> value(event, Property.SEQUENCE).equals(Integer.toString(sequence)))
                    .findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not iCalendar: " + text, e);
        }
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    /** DTSTART is the New York wall-clock time with its TZID (the VTIMEZONE itself is checked in contracts). */
    private static void assertStartsAt(VEvent event, LocalDateTime newYorkTime) {
        assertThat(value(event, Property.DTSTART)).isEqualTo(newYorkTime.format(ICAL_LOCAL));
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/New_York");
    }

    /** The reminder emails to {@code address} that carry an interview's calendar file. */
    private static List<MimeMessage> interviewReminders(String address) {
        return Mails.to(address).stream()
                .filter(mail -> Mails.header(mail, "X-CareerVault-Reminder") != null)
                .filter(mail -> calendarAttachment(mail).isPresent())
                .toList();
    }

    private static Optional<String> calendarAttachment(Part part) {
        try {
            if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (part.getContent() instanceof Multipart multipart) {
                List<String> found = new ArrayList<>();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    calendarAttachment(child).ifPresent(found::add);
                }
                return found.stream().findFirst();
            }
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
