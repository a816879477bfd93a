package com.careervault.notifier.reminders;

import static com.careervault.notifier.support.Events.cleared;
import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.deleted;
import static com.careervault.notifier.support.Events.followUpAt;
import static com.careervault.notifier.support.Events.interviewAt;
import static com.careervault.notifier.support.Events.moved;
import static com.careervault.notifier.support.Events.newJobId;
import static com.careervault.notifier.support.Events.restored;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ImportedFrom;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.links.EmailLinks;
import com.careervault.contracts.links.EmailLinks.Purpose;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reminder rules, driven through the real topology with a simulated wall clock. */
class ReminderTopologyTest {

    private static final Duration TICK = Duration.ofSeconds(30);

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();

    @BeforeEach
    void register() {
        driver.send(user, user.registered("jane@example.com"));
    }

    @Test
    void followUpIsSentAfterSevenDaysInAppliedWithAnUnsubscribeLink() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));

        driver.advance(Duration.ofDays(7).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("jane@example.com");
            assertThat(email.subject()).isEqualTo("Time to follow up: Senior Software Engineer at Tech Corp");
            assertThat(email.text()).contains("Hi Jane", "Monday 23 November 2026", "7 days");
            String token = email.unsubscribeUrl().substring(email.unsubscribeUrl().indexOf("token=") + 6);
            assertThat(email.unsubscribeUrl()).startsWith(NotifierDriver.PUBLIC_API_URL + "/unsubscribe?token=");
            // bound to the user and the address mailed, expiring after the unsubscribe lifetime (whole seconds)
            EmailLinks.Link link = new EmailLinks(NotifierDriver.LINK_SECRET)
                    .verify(Purpose.UNSUBSCRIBE, token, driver.now()).orElseThrow();
            assertThat(link.userId()).isEqualTo(user.userId());
            assertThat(link.email()).isEqualTo("jane@example.com");
            assertThat(link.expiresAt()).isEqualTo(driver.now().plus(NotifierDriver.UNSUBSCRIBE_LIFETIME));
            assertThat(new EmailLinks(NotifierDriver.LINK_SECRET).verify(Purpose.VERIFY_EMAIL, token, driver.now()))
                    .isEmpty();
            assertThat(email.idHeader()).isEqualTo(SmtpMailer.REMINDER_ID_HEADER);
            assertThat(email.text()).contains(email.unsubscribeUrl());
            assertThat(email.html()).contains("href=\"" + email.unsubscribeUrl() + "\"");
        });
        driver.advance(Duration.ofDays(30));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void anImportedJobSetsOffNoReminderDueBeforeItWasImported() {
        Instant now = driver.now();
        // in Applied since 10 days before the import (its follow-up fell due 3 days ago), a custom follow-up an
        // hour ago (within the lateness a live job's reminder may still be sent with): neither is ever sent
        String old = newJobId();
        driver.send(user, imported(old, now.minus(Duration.ofDays(10)), null, now.minus(Duration.ofHours(1))));
        // in Applied since 3 days before the import: its follow-up falls due 4 days after it, from the original date
        String recent = newJobId();
        driver.send(user, imported(recent, now.minus(Duration.ofDays(3)), null, null));

        driver.advance(Duration.ofDays(4).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Time to follow up: Senior Software Engineer at Recent Corp");
            assertThat(email.text()).contains("Friday 20 November 2026");
        });
        driver.advance(Duration.ofDays(30));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    private static JobCreated imported(String jobId, Instant createdAt, Instant interviewAt, Instant followUpAt) {
        return new JobCreated(jobId, interviewAt == null && followUpAt == null ? "Recent Corp" : "Old Corp",
                "Senior Software Engineer", JobStatus.Applied, null, null, null, null, null, interviewAt, followUpAt,
                null, new ImportedFrom(ImportedFrom.CSV, jobId, createdAt, null));
    }

    @Test
    void followUpIsMeasuredFromTheStatusChangeIntoApplied() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Wishlist));
        driver.advance(Duration.ofDays(3));
        driver.send(user, moved(job, JobStatus.Wishlist, JobStatus.Applied));

        driver.advance(Duration.ofDays(7).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement()
                .satisfies(email -> assertThat(email.text()).contains("Thursday 26 November 2026"));
    }

    @Test
    void aRestoredJobIsRemindedAgainFromWhenItEnteredApplied() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(1));
        driver.send(user, deleted(job));
        driver.advance(Duration.ofDays(2));

        // back in Applied since its creation (its history says so), not since the restore
        driver.send(user, restored(job, JobStatus.Applied, NotifierDriver.START,
                List.of(new StatusStage(JobStatus.Applied, NotifierDriver.START))));
        driver.advance(Duration.ofDays(4).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Time to follow up: Senior Software Engineer at Tech Corp");
            assertThat(email.text()).contains("Monday 23 November 2026");
        });
        driver.advance(Duration.ofDays(30));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void aLaterStatusChangeCancelsTheFollowUp() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(2));
        driver.send(user, moved(job, JobStatus.Applied, JobStatus.Screening));

        driver.advance(Duration.ofDays(20));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void movingBackToAppliedStartsANewFollowUpPeriod() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(5));
        driver.send(user, moved(job, JobStatus.Applied, JobStatus.Screening));
        driver.advance(Duration.ofDays(1));
        driver.send(user, moved(job, JobStatus.Screening, JobStatus.Applied));

        driver.advance(Duration.ofDays(7).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void fewerFollowUpDaysRescheduleThePendingReminderEarlier() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(1));
        driver.send(user, user.preferences(true, 3, true, true, "UTC"));

        driver.advance(Duration.ofDays(2).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement()
                .satisfies(email -> assertThat(email.text()).contains("3 days"));
    }

    @Test
    void moreFollowUpDaysRescheduleThePendingReminderLater() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.send(user, user.preferences(true, 10, true, true, "UTC"));

        driver.advance(Duration.ofDays(10).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void aFollowUpAlreadySentIsNotSentAgainWhenTheDaysChange() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(7));
        assertThat(driver.mailer().sent()).hasSize(1);

        driver.send(user, user.preferences(true, 14, true, true, "UTC"));
        driver.advance(Duration.ofDays(10));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void disabledRulesSendNothingAndReEnablingRestoresThem() {
        driver.send(user, user.preferences(false, 7, false, false, "UTC"));
        String job = newJobId();
        Instant interview = driver.now().plus(Duration.ofDays(3));
        driver.send(user, created(job, JobStatus.Applied, "Tech Corp", null, interview,
                driver.now().plus(Duration.ofDays(2))));

        driver.advance(Duration.ofDays(2).plus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();

        driver.send(user, user.preferences(false, 7, true, false, "UTC"));
        driver.advance(Duration.ofDays(10));
        assertThat(driver.mailer().sent()).singleElement()
                .satisfies(email -> assertThat(email.subject()).startsWith("Upcoming interview"));
    }

    @Test
    void disablingARuleCancelsItsPendingReminder() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(6));
        driver.send(user, user.preferences(false, 7, true, true, "UTC"));

        driver.advance(Duration.ofDays(5));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void interviewReminderComesADayAheadInTheUsersTimeZone() {
        driver.send(user, user.preferences(true, 7, true, true, "Europe/Berlin"));
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Interviewing, "Tech Corp", null,
                Instant.parse("2026-12-01T15:00:00Z"), null));

        driver.advance(Duration.between(driver.now(), Instant.parse("2026-11-30T15:00:00Z")).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Upcoming interview: Senior Software Engineer at Tech Corp");
            assertThat(email.text()).contains("Tuesday 1 December 2026 at 16:00 (CET)");
            assertThat(email.html()).contains("Tuesday 1 December 2026 at 16:00 (CET)");
        });
    }

    @Test
    void theSameInterviewIsShownInEachUsersOwnTimeZone() {
        driver.send(user, user.preferences(true, 7, true, true, "America/New_York"));
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Interviewing, "Tech Corp", null,
                Instant.parse("2026-12-01T15:00:00Z"), null));

        driver.advance(Duration.ofDays(8));
        assertThat(driver.mailer().sent()).singleElement()
                .satisfies(email -> assertThat(email.text()).contains("Tuesday 1 December 2026 at 10:00 (EST)"));
    }

    @Test
    void aNewInterviewDateReschedulesAndClearingItCancels() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Interviewing, "Tech Corp", null,
                driver.now().plus(Duration.ofDays(2)), null));
        driver.send(user, interviewAt(job, driver.now().plus(Duration.ofDays(4))));

        driver.advance(Duration.ofDays(3).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);

        String other = newJobId();
        driver.send(user, created(other, JobStatus.Interviewing, "Other Corp", null,
                driver.now().plus(Duration.ofDays(2)), null));
        driver.send(user, cleared(other, "interview_at"));
        driver.advance(Duration.ofDays(3));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void anInterviewBookedLessThanADayAheadIsRemindedAtOnce() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Interviewing, "Tech Corp", null,
                driver.now().plus(Duration.ofHours(5)), null));

        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void customReminderIsSentAtFollowUpAtAndCanBeMovedOrCleared() {
        String job = newJobId();
        Instant at = driver.now().plus(Duration.ofDays(2));
        driver.send(user, created(job, JobStatus.Screening, "Tech Corp", null, null, at));
        driver.send(user, followUpAt(job, at.plus(Duration.ofDays(1))));

        driver.advance(Duration.ofDays(3).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement()
                .satisfies(email -> assertThat(email.subject()).isEqualTo("Reminder: Senior Software Engineer at Tech Corp"));

        String other = newJobId();
        driver.send(user, created(other, JobStatus.Screening, "Other Corp", null, null,
                driver.now().plus(Duration.ofDays(1))));
        driver.send(user, cleared(other, "follow_up_at"));
        driver.advance(Duration.ofDays(2));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void deletingAJobCancelsEveryPendingReminder() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied, "Tech Corp", null, driver.now().plus(Duration.ofDays(3)),
                driver.now().plus(Duration.ofDays(2))));
        driver.advance(Duration.ofDays(1));
        driver.send(user, deleted(job));

        driver.advance(Duration.ofDays(10));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void duplicateEventsStillSendOneEmail() {
        String job = newJobId();
        EventEnvelope creation = driver.send(user, created(job, JobStatus.Applied));
        driver.send(creation);
        EventEnvelope interview = driver.send(user, interviewAt(job, driver.now().plus(Duration.ofDays(3))));
        driver.send(interview);
        EventEnvelope registration = driver.send(user, user.registered("jane@example.com"));
        driver.send(registration);

        driver.advance(Duration.ofDays(8));
        List<Email> sent = driver.mailer().sent();
        assertThat(sent).extracting(Email::subject).containsExactlyInAnyOrder(
                "Upcoming interview: Senior Software Engineer at Tech Corp",
                "Time to follow up: Senior Software Engineer at Tech Corp");

        driver.send(creation);
        driver.send(interview);
        driver.advance(Duration.ofDays(8));
        assertThat(driver.mailer().sent()).hasSize(2);
    }

    @Test
    void aRepeatedStatusChangeDoesNotRestartTheFollowUpClock() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Wishlist));
        EventEnvelope applied = driver.send(user, moved(job, JobStatus.Wishlist, JobStatus.Applied));
        driver.advance(Duration.ofDays(3));
        driver.send(user, moved(job, JobStatus.Wishlist, JobStatus.Applied));
        driver.send(applied);

        driver.advance(Duration.ofDays(4));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void smtpFailuresAreRetriedWithBackoffAndSentOnce() {
        driver.mailer().failNext(2);
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Interviewing, "Tech Corp", null,
                driver.now().plus(Duration.ofHours(30)), null));

        driver.advance(Duration.ofHours(6));
        assertThat(driver.mailer().attempts()).isEqualTo(1);
        driver.advance(Duration.ofSeconds(30));
        assertThat(driver.mailer().attempts()).isEqualTo(2);
        driver.advance(Duration.ofSeconds(30));
        assertThat(driver.mailer().attempts()).isEqualTo(2);
        driver.advance(Duration.ofSeconds(30));
        assertThat(driver.mailer().attempts()).isEqualTo(3);
        assertThat(driver.mailer().sent()).hasSize(1);

        driver.advance(Duration.ofDays(2));
        assertThat(driver.mailer().sent()).hasSize(1);
    }

    @Test
    void userEnteredTextIsEscapedInTheHtmlPart() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied, "<b>Evil</b> & Sons", null, null, null));

        driver.advance(Duration.ofDays(7));
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.html()).contains("&lt;b&gt;Evil&lt;/b&gt; &amp; Sons").doesNotContain("<b>Evil");
            assertThat(email.text()).contains("<b>Evil</b> & Sons");
        });
    }

    @Test
    void remindersLongOverdueOnReplayAreDroppedNotSent() {
        String job = newJobId();
        EventEnvelope oldCreation = user.envelope(created(job, JobStatus.Applied), driver.now().minus(Duration.ofDays(60)));
        driver.send(oldCreation);

        driver.advance(Duration.ofDays(1));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void noEmailWithoutARegisteredAddress() {
        Events stranger = Events.forNewUser();
        driver.send(stranger, created(newJobId(), JobStatus.Applied));

        driver.advance(Duration.ofDays(8));
        assertThat(driver.mailer().sent()).isEmpty();
    }
}
