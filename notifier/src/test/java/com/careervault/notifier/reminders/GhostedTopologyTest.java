package com.careervault.notifier.reminders;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.interview;
import static com.careervault.notifier.support.Events.moved;
import static com.careervault.notifier.support.Events.newInterviewId;
import static com.careervault.notifier.support.Events.newJobId;
import static com.careervault.notifier.support.Events.note;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idle applications marked Ghosted by the system, and moved back on activity, through the real topology. */
class GhostedTopologyTest {

    private static final Duration TICK = Duration.ofSeconds(30);

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();

    @BeforeEach
    void register() {
        driver.send(user, user.registered("jane@example.com"));
    }

    @Test
    void anIdleAppliedJobIsMarkedGhostedOnceAfterTwentyOneDaysNotBefore() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));

        driver.advance(Duration.ofDays(21).minus(TICK));
        assertThat(statusChanges(driver.appended())).isEmpty();
        driver.advance(TICK);

        List<EventEnvelope> appended = driver.appended();
        assertThat(appended.stream().filter(e -> e.data() instanceof JobStatusChanged)).singleElement()
                .satisfies(event -> {
                    assertThat(event.source()).isEqualTo(ReminderProcessor.SOURCE);
                    assertThat(event.userid()).isEqualTo(user.userId());
                    assertThat(event.subject()).isEqualTo(job);
                    assertThat(event.time()).isEqualTo(driver.now());
                    assertThat(event.data()).isEqualTo(
                            JobStatusChanged.bySystem(job, JobStatus.Applied, JobStatus.Ghosted));
                });
        driver.advance(Duration.ofDays(60));
        assertThat(statusChanges(driver.appended())).isEmpty();
    }

    @Test
    void screeningUsesTheAppliedThresholdFromTheStageChangeAndTheUsersSettingIsHonoured() {
        driver.send(user, user.ghostedAfter(10, 5));
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(4));
        driver.send(user, moved(job, JobStatus.Applied, JobStatus.Screening));

        driver.advance(Duration.ofDays(10).minus(TICK));
        assertThat(statusChanges(driver.appended())).isEmpty();
        driver.advance(TICK);

        assertThat(statusChanges(driver.appended()))
                .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Screening, JobStatus.Ghosted));
    }

    @Test
    void aJobWithAnInterviewIsMarkedFourteenDaysAfterTheInterview() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(2));
        // the interview is on day 10: idle from then, 14 days (not 21 from day 0)
        driver.send(user, interview(job, newInterviewId(), NotifierDriver.START.plus(Duration.ofDays(10)), "UTC"));

        driver.advance(Duration.ofDays(22).minus(TICK));
        assertThat(statusChanges(driver.appended())).isEmpty();
        driver.advance(TICK);

        assertThat(statusChanges(driver.appended()))
                .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Applied, JobStatus.Ghosted));
    }

    @Test
    void aJobInInterviewingIsMarkedFourteenDaysAfterItEnteredIt() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(3));
        driver.send(user, moved(job, JobStatus.Applied, JobStatus.Interviewing));

        driver.advance(Duration.ofDays(14).minus(TICK));
        assertThat(statusChanges(driver.appended())).isEmpty();
        driver.advance(TICK);

        assertThat(statusChanges(driver.appended()))
                .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Interviewing, JobStatus.Ghosted));
    }

    @Test
    void aCheckFoundLaterThanTheMaxLatenessMarksNothing() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));

        // no punctuation between: the check is found two days after it fell due (max lateness: one day)
        driver.skip(Duration.ofDays(23));
        driver.advance(TICK);

        assertThat(statusChanges(driver.appended())).isEmpty();
        driver.advance(Duration.ofDays(30));
        assertThat(statusChanges(driver.appended())).isEmpty();
    }

    @Test
    void closedJobsWishlistAndAGhostedTheUserChoseAreNeverTouched() {
        for (JobStatus status : List.of(JobStatus.Wishlist, JobStatus.Offer, JobStatus.Accepted, JobStatus.Rejected,
                JobStatus.Withdrawn, JobStatus.Ghosted)) {
            driver.send(user, created(newJobId(), status));
        }
        String chosen = newJobId();
        driver.send(user, created(chosen, JobStatus.Applied));
        driver.send(user, moved(chosen, JobStatus.Applied, JobStatus.Ghosted));

        driver.advance(Duration.ofDays(90));
        // new activity does not undo the user's Ghosted either
        driver.send(user, note(chosen, "they never called"));
        driver.advance(Duration.ofDays(30));

        assertThat(statusChanges(driver.appended())).isEmpty();
    }

    @Test
    void anyActivityMovesAMarkedJobBackOnceAndItsIdleTimeStartsAgain() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(21));
        assertThat(statusChanges(driver.appended())).hasSize(1);

        driver.advance(Duration.ofDays(3));
        driver.send(user, note(job, "called the recruiter"));
        driver.send(user, note(job, "and emailed them"));

        assertThat(statusChanges(driver.appended()))
                .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Ghosted, JobStatus.Applied));
        // back in Applied from now: idle again only after another 21 days
        driver.advance(Duration.ofDays(21).minus(TICK));
        assertThat(statusChanges(driver.appended())).isEmpty();
        driver.advance(TICK);
        assertThat(statusChanges(driver.appended()))
                .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Applied, JobStatus.Ghosted));
    }

    @Test
    void anInterviewScheduledOnAMarkedJobMovesItBackToTheStageItHad() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(2));
        driver.send(user, moved(job, JobStatus.Applied, JobStatus.Interviewing));
        driver.advance(Duration.ofDays(14));
        assertThat(statusChanges(driver.appended())).hasSize(1);

        driver.send(user, interview(job, newInterviewId(), driver.now().plus(Duration.ofDays(2)), "UTC"));

        assertThat(statusChanges(driver.appended()))
                .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Ghosted, JobStatus.Interviewing));
    }

    @Test
    void aUserStatusChangeOnAMarkedJobIsTheirChoiceAndNothingMovesItAgain() {
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(21));
        driver.appended();

        driver.send(user, moved(job, JobStatus.Ghosted, JobStatus.Rejected));
        driver.send(user, note(job, "a polite no"));
        driver.advance(Duration.ofDays(60));

        assertThat(statusChanges(driver.appended())).isEmpty();
    }

    @Test
    void aRedeliveredMarkingOrCreationMarksNothingTwice() {
        String job = newJobId();
        EventEnvelope creation = driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(21));
        List<EventEnvelope> marking = driver.appended();
        assertThat(statusChanges(marking)).hasSize(1);

        // the log delivers both again (a consumer restarted from an older offset): the marking a second time
        driver.send(creation);
        marking.forEach(driver::send);
        driver.advance(Duration.ofDays(60));

        assertThat(statusChanges(driver.appended())).isEmpty();
    }

    @Test
    void aUserStatusChangeThatLandsBeforeTheMarkingWinsAndTheMarkingIsSkipped() {
        try (NotifierDriver slow = new NotifierDriver(ReminderSettings.defaults(), true)) {
            slow.send(user, user.registered("jane@example.com"));
            String job = newJobId();
            slow.send(user, created(job, JobStatus.Applied));
            slow.advance(Duration.ofDays(21));
            // the marking is appended, but the user's change is in the log before it
            slow.send(user, moved(job, JobStatus.Applied, JobStatus.Offer));
            assertThat(statusChanges(slow.releaseAppended()))
                    .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Applied, JobStatus.Ghosted));

            // skipped: the job is the user's Offer, which nothing moves and no activity "moves back"
            slow.send(user, note(job, "negotiating"));
            slow.advance(Duration.ofDays(30));
            assertThat(statusChanges(slow.releaseAppended())).isEmpty();
        }
    }

    @Test
    void aUserWhoMovedTheJobAwayAndBackBeforeTheMarkingLandedHasItMovedBackAtOnce() {
        try (NotifierDriver slow = new NotifierDriver(ReminderSettings.defaults(), true)) {
            slow.send(user, user.registered("jane@example.com"));
            String job = newJobId();
            slow.send(user, created(job, JobStatus.Applied));
            slow.advance(Duration.ofDays(21));
            // Applied again when the marking lands, so it applies; but the decision did not see these changes
            slow.send(user, moved(job, JobStatus.Applied, JobStatus.Screening));
            slow.send(user, moved(job, JobStatus.Screening, JobStatus.Applied));
            slow.releaseAppended();

            assertThat(statusChanges(slow.releaseAppended()))
                    .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Ghosted, JobStatus.Applied));
            slow.advance(Duration.ofDays(21).minus(TICK));
            assertThat(statusChanges(slow.releaseAppended())).isEmpty();
        }
    }

    @Test
    void activityTheDecisionHadNotSeenMovesTheJobBackAsSoonAsTheMarkingIsReadBack() {
        try (NotifierDriver slow = new NotifierDriver(ReminderSettings.defaults(), true)) {
            slow.send(user, user.registered("jane@example.com"));
            String job = newJobId();
            slow.send(user, created(job, JobStatus.Applied));
            slow.advance(Duration.ofDays(21));
            List<EventEnvelope> marking = slow.appended();
            assertThat(statusChanges(marking))
                    .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Applied, JobStatus.Ghosted));
            // nothing more while it is in flight, however long the broker takes
            slow.advance(Duration.ofDays(1));
            assertThat(slow.appended()).isEmpty();
            slow.send(user, note(job, "just heard back"));
            marking.forEach(slow::send);

            assertThat(statusChanges(slow.releaseAppended()))
                    .containsExactly(JobStatusChanged.bySystem(job, JobStatus.Ghosted, JobStatus.Applied));
            // and it is not listed as marked in the next email
            String other = newJobId();
            slow.send(user, created(other, JobStatus.Applied));
            slow.advance(Duration.ofDays(7));
            assertThat(slow.mailer().sent()).isNotEmpty()
                    .extracting(Email::text).noneMatch(text -> text.contains("Marked Ghosted"));
        }
    }

    @Test
    void theNextReminderEmailListsTheJobsMarkedSinceTheLastEmailWithLinks() {
        String ghosted = newJobId();
        driver.send(user, created(ghosted, JobStatus.Applied, "Quiet Corp", null, null, null));
        driver.advance(Duration.ofDays(16));
        String other = newJobId();
        driver.send(user, created(other, JobStatus.Applied, "Busy Corp", null, null, null));
        driver.advance(Duration.ofDays(5));
        driver.appended();

        // Busy Corp's follow-up, on day 23, is the next reminder
        driver.advance(Duration.ofDays(2));
        List<Email> sent = driver.mailer().sent();
        Email next = sent.get(sent.size() - 1);
        assertThat(next.subject()).isEqualTo("Time to follow up: Senior Software Engineer at Busy Corp");
        String link = NotifierDriver.PUBLIC_API_URL + "/jobs/" + ghosted;
        assertThat(next.text()).contains("Marked Ghosted since our last email",
                "- Senior Software Engineer at Quiet Corp (Applied, no reply in 21 days): " + link);
        assertThat(next.html()).contains("<li><a href=\"" + link + "\">Senior Software Engineer at Quiet Corp</a> "
                + "(Applied, no reply in 21 days)</li>");
        assertThat(next.text()).doesNotContain("Busy Corp (Applied");

        // told once: the next email does not list it again
        String later = newJobId();
        driver.send(user, created(later, JobStatus.Applied, "Later Corp", null, null, null));
        driver.advance(Duration.ofDays(7));
        Email after = driver.mailer().sent().get(driver.mailer().sent().size() - 1);
        assertThat(after.subject()).isEqualTo("Time to follow up: Senior Software Engineer at Later Corp");
        assertThat(after.text()).doesNotContain("Quiet Corp");
    }

    private static List<JobStatusChanged> statusChanges(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::data).filter(JobStatusChanged.class::isInstance)
                .map(JobStatusChanged.class::cast).toList();
    }
}
