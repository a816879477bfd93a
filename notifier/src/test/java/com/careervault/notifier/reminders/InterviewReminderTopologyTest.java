package com.careervault.notifier.reminders;

import static com.careervault.notifier.support.Events.cancelled;
import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.deleted;
import static com.careervault.notifier.support.Events.interview;
import static com.careervault.notifier.support.Events.interviewAt;
import static com.careervault.notifier.support.Events.newInterviewId;
import static com.careervault.notifier.support.Events.newJobId;
import static com.careervault.notifier.support.Events.rescheduled;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.interviews.LegacyInterview;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reminders of interviews as records (issue 18), driven through the real topology with a simulated wall clock. */
class InterviewReminderTopologyTest {

    private static final Duration TICK = Duration.ofSeconds(30);
    /** 10:00 in Berlin (CET, UTC+1). */
    private static final Instant BERLIN_TEN = Instant.parse("2026-12-03T09:00:00Z");

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();
    private final String job = newJobId();
    private final String interviewId = newInterviewId();

    @BeforeEach
    void registerAndCreateJob() {
        driver.send(user, user.registered("jane@example.com"));
        driver.send(user, created(job, JobStatus.Interviewing));
    }

    @Test
    void aScheduledInterviewIsRemindedOnceAtTheLeadTimeWithTheInterviewAttached() throws Exception {
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));

        advanceTo(BERLIN_TEN.minus(Duration.ofHours(24)).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Upcoming interview: Senior Software Engineer at Tech Corp");
            // in the interview's zone, not the user's (UTC)
            assertThat(email.text()).contains("your technical interview for Senior Software Engineer at Tech Corp",
                    "Thursday 3 December 2026 at 10:00 (CET)");
            assertThat(email.html()).contains("Thursday 3 December 2026 at 10:00 (CET)");
            Calendar calendar = attachedCalendar(email);
            assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
            VEvent event = onlyEvent(calendar);
            assertThat(value(event, Property.UID)).isEqualTo(interviewId + "@careervault");
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            assertThat(value(event, Property.DTSTART)).isEqualTo("20261203T100000");
            assertThat(tzid(event)).isEqualTo("Europe/Berlin");
            assertThat(start(event)).isEqualTo(BERLIN_TEN);
            assertThat(value(event, Property.DURATION)).isEqualTo("PT1H30M");
            assertThat(value(event, Property.SUMMARY)).isEqualTo(
                    "Technical interview: Senior Software Engineer at Tech Corp");
            assertThat(value(event, Property.LOCATION)).isEqualTo("Room 4");
            assertThat(value(event, Property.URL)).isEqualTo("https://meet.example.com/j/1");
            assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Ask about the on-call rota");
        });
        driver.advance(Duration.ofDays(10));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void theLeadTimeComesFromThePreferences() {
        driver.send(user, user.interviewLead(2));
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));

        advanceTo(BERLIN_TEN.minus(Duration.ofHours(2)).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void aChangedLeadTimeMovesThePendingReminder() {
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));
        driver.send(user, user.interviewLead(48));

        advanceTo(BERLIN_TEN.minus(Duration.ofHours(48)).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);
        driver.advance(Duration.ofDays(5));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void aRescheduledInterviewIsRemindedOnceAtTheNewTimeOnly() throws Exception {
        Instant later = BERLIN_TEN.plus(Duration.ofDays(2));
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));
        driver.send(user, rescheduled(job, interviewId, later, "America/New_York"));

        advanceTo(later.minus(Duration.ofHours(24)).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            // 09:00Z is 04:00 in New York (EST, UTC-5)
            assertThat(email.text()).contains("Saturday 5 December 2026 at 04:00 (EST)");
            VEvent event = onlyEvent(attachedCalendar(email));
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
            assertThat(tzid(event)).isEqualTo("America/New_York");
            assertThat(start(event)).isEqualTo(later);
        });
        driver.advance(Duration.ofDays(10));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void aReminderSentForTheOldTimeDoesNotBlockOneForTheNewTime() throws Exception {
        Instant soon = driver.now().plus(Duration.ofHours(3));
        driver.send(user, interview(job, interviewId, soon, "UTC"));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);

        Instant moved = soon.plus(Duration.ofDays(3));
        driver.send(user, rescheduled(job, interviewId, moved, "UTC"));
        advanceTo(moved.minus(Duration.ofHours(24)).minus(TICK));
        assertThat(driver.mailer().sent()).hasSize(1);
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).hasSize(2);
        VEvent event = onlyEvent(attachedCalendar(driver.mailer().sent().get(1)));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(start(event)).isEqualTo(moved);
        driver.advance(Duration.ofDays(10));
        assertThat(driver.mailer().sent()).hasSize(2);
    }

    @Test
    void aCancelledInterviewIsNotReminded() {
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));
        driver.send(user, cancelled(job, interviewId));

        driver.advance(Duration.ofDays(20));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void theInterviewsOfADeletedJobAreNotReminded() {
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));
        driver.send(user, deleted(job));

        driver.advance(Duration.ofDays(20));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void redeliveredEventsSendNoSecondEmailAndDoNotRaiseTheSequence() throws Exception {
        Instant later = BERLIN_TEN.plus(Duration.ofDays(1));
        EventEnvelope scheduling = driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));
        driver.send(scheduling);
        EventEnvelope rescheduling = driver.send(user, rescheduled(job, interviewId, later, "Europe/Berlin"));
        driver.send(rescheduling);
        driver.send(scheduling);

        driver.advance(Duration.ofDays(15));
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            VEvent event = onlyEvent(attachedCalendar(email));
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
            assertThat(start(event)).isEqualTo(later);
        });

        driver.send(rescheduling);
        driver.send(scheduling);
        driver.advance(Duration.ofDays(1));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void twoInterviewsOfOneJobAreRemindedEach() {
        String second = newInterviewId();
        driver.send(user, interview(job, interviewId, BERLIN_TEN, "Europe/Berlin"));
        driver.send(user, interview(job, second, BERLIN_TEN.plus(Duration.ofDays(7)), "Europe/Berlin"));

        driver.advance(Duration.ofDays(20));
        assertThat(driver.mailer().sent()).hasSize(2);
    }

    @Test
    void theLegacyInterviewAtIsRemindedOnceAsTheLegacyInterview() throws Exception {
        String legacyJob = newJobId();
        Instant at = Instant.parse("2026-12-01T15:00:00Z");
        driver.send(user, created(legacyJob, JobStatus.Interviewing, "Old Corp", null, at, null));
        driver.send(user, interviewAt(legacyJob, at.plus(Duration.ofDays(1))));
        // the same interview moved through the interview events (a client of the new API): still one reminder
        Instant moved = at.plus(Duration.ofDays(2));
        driver.send(user, rescheduled(legacyJob, LegacyInterview.id(legacyJob), moved, "Europe/Berlin"));

        driver.advance(Duration.ofDays(20));
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Upcoming interview: Senior Software Engineer at Old Corp");
            VEvent event = onlyEvent(attachedCalendar(email));
            assertThat(value(event, Property.UID)).isEqualTo(LegacyInterview.id(legacyJob) + "@careervault");
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
            assertThat(start(event)).isEqualTo(moved);
        });
    }

    @Test
    void theLegacyInterviewAtAloneIsInUtcForSixtyMinutes() throws Exception {
        String legacyJob = newJobId();
        Instant at = Instant.parse("2026-12-01T15:00:00Z");
        driver.send(user, created(legacyJob, JobStatus.Interviewing, "Old Corp", null, at, null));

        driver.advance(Duration.ofDays(20));
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            VEvent event = onlyEvent(attachedCalendar(email));
            assertThat(value(event, Property.DTSTART)).isEqualTo("20261201T150000Z");
            assertThat(value(event, Property.DURATION)).isEqualTo("PT1H");
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        });
    }

    private void advanceTo(Instant instant) {
        driver.advance(Duration.between(driver.now(), instant));
    }

    /** The email's one attachment, checked to be the interview's iCalendar document, parsed with ical4j. */
    private static Calendar attachedCalendar(Email email) throws Exception {
        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("interview.ics");
            assertThat(attachment.contentType()).isEqualTo("text/calendar; charset=utf-8; method=PUBLISH");
        });
        return new CalendarBuilder().build(new ByteArrayInputStream(email.attachments().get(0).content()));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        java.util.List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    private static String tzid(VEvent event) {
        return event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID)
                .map(TzId.class::cast).map(TzId::getValue).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Instant start(VEvent event) {
        Temporal date = event.getProperty(Property.DTSTART).map(p -> (DateProperty<Temporal>) p).orElseThrow()
                .getDate();
        return date instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(date);
    }
}
