package com.careervault.notifier.users;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.newJobId;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderSent;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.reminders.ReminderProcessor;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code UserDeleted} through the real topology: every store entry of the user goes, the analytics topic
 * gets the user's tombstone, nothing is sent for the user afterwards, and other users are untouched. And
 * each reminder email sent is recorded on the log as {@code ReminderSent}, which the notifier ignores.
 */
class UserDeletionTopologyTest {

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events jane = Events.forNewUser();
    private final Events bob = Events.forNewUser();

    @Test
    void aSentReminderIsAppendedToTheLogOnceAndIgnoredWhenItComesBack() {
        driver.send(jane, jane.registered("jane@example.com"));
        // no application of hers is idle long enough in this test to be marked Ghosted
        driver.send(jane, jane.ghostedAfter(90, 90));
        String job = newJobId();
        driver.send(jane, created(job, JobStatus.Applied));

        driver.advance(Duration.ofDays(7));

        Email email = driver.mailer().sent().get(0);
        List<TestRecord<String, byte[]>> appended = driver.appendedEvents().readRecordsToList();
        assertThat(appended).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(jane.userId());
            EventEnvelope event = driver.codec().decode(record.value());
            assertThat(event.type()).isEqualTo("careervault.reminder.sent.v1");
            assertThat(event.source()).isEqualTo(ReminderProcessor.SOURCE);
            assertThat(event.userid()).isEqualTo(jane.userId());
            assertThat(event.time()).isEqualTo(driver.now());
            assertThat(event.data()).isEqualTo(new ReminderSent(jane.userId(), job, email.id(), "follow-up"));
            // delivered again, as a redelivery would: nothing is planned, sent or published for it
            driver.send(event);
        });
        driver.advance(Duration.ofDays(30));
        assertThat(driver.mailer().sent()).hasSize(1);
        assertThat(driver.appendedEvents().isEmpty()).isTrue();
        assertThat(driver.deadLetters().isEmpty()).isTrue();
    }

    @Test
    void aDeletedUserLeavesNothingInAnyStoreGetsATombstoneAndIsSentNothingMore() {
        driver.send(jane, jane.registered("jane@example.com"));
        driver.send(bob, bob.registered("bob@example.com"));
        // no application of Bob's is idle long enough in this test to be marked Ghosted (and republish his figures)
        driver.send(bob, bob.ghostedAfter(90, 90));
        String sentJob = newJobId();
        driver.send(jane, created(sentJob, JobStatus.Applied));
        driver.send(bob, created(newJobId(), JobStatus.Applied));
        driver.advance(Duration.ofDays(7));
        assertThat(driver.mailer().sent()).extracting(Email::to)
                .containsExactlyInAnyOrder("jane@example.com", "bob@example.com");
        // Jane has planned reminders (an interview tomorrow, a follow-up), a sent marker, analytics state,
        // and a reset link queued in the account-email outbox when she deletes her account
        String globex = newJobId();
        driver.send(jane, created(globex, JobStatus.Interviewing, "Globex", null,
                driver.now().plus(Duration.ofDays(2)), null));
        // and an interview (with its personal fields) in the interviews store
        driver.send(jane, Events.interview(globex, Events.newInterviewId(), driver.now().plus(Duration.ofDays(3)),
                "Europe/Berlin"));
        driver.send(jane, created(newJobId(), JobStatus.Applied, "Initech", null, null, null));
        driver.send(jane, new UserPasswordResetRequested(jane.userId(), "jane@example.com",
                UUID.randomUUID().toString()));
        assertThat(driver.entriesMentioning(jane.userId())).isNotEmpty();
        assertThat(driver.entriesMentioning("Ask about the on-call rota")).hasSize(1);
        driver.userStats().readRecordsToList();

        driver.send(jane, new UserDeleted(jane.userId()));

        assertThat(driver.entriesMentioning(jane.userId())).isEmpty();
        assertThat(driver.entriesMentioning("Ask about the on-call rota")).isEmpty();
        assertThat(driver.entriesMentioning(bob.userId())).isNotEmpty();
        assertThat(driver.userStats().readRecordsToList()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(jane.userId());
            assertThat(record.value()).isNull();
        });

        // a late event (appended while the deletion ran) and a duplicate of the deletion
        driver.send(jane, created(newJobId(), JobStatus.Interviewing, "Hooli", null,
                driver.now().plus(Duration.ofDays(1)), null));
        driver.send(jane, new UserDeleted(jane.userId()));
        driver.advance(Duration.ofDays(30));

        assertThat(driver.mailer().sent()).extracting(Email::to)
                .containsExactlyInAnyOrder("jane@example.com", "bob@example.com");
        assertThat(driver.entriesMentioning(jane.userId())).isEmpty();
        // the duplicate deletion republished the tombstone; the late event published nothing
        assertThat(driver.userStats().readRecordsToList()).extracting(TestRecord::key, TestRecord::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(jane.userId(), null));
        assertThat(driver.deadLetters().isEmpty()).isTrue();
    }
}
