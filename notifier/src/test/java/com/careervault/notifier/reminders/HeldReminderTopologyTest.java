package com.careervault.notifier.reminders;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.deleted;
import static com.careervault.notifier.support.Events.newJobId;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders to unverified addresses: held, released by the verification of the current address within
 * the reminder's lateness bound (the follow-up's is one day after it is due), dropped after it.
 */
class HeldReminderTopologyTest {

    private static final Duration TICK = Duration.ofSeconds(30);
    private static final String FOLLOW_UP = "Time to follow up: Senior Software Engineer at Tech Corp";

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();

    @Test
    void aReminderToAnUnverifiedAddressIsHeldAndGoesOutWhenTheAddressIsVerifiedInTime() {
        driver.send(user, user.unverified("Jane@Example.com"));
        driver.send(user, created(newJobId(), JobStatus.Applied));

        driver.advance(Duration.ofDays(7).plus(TICK));
        assertThat(reminders()).isEmpty();
        assertThat(driver.storeSize(ReminderStores.HELD)).isEqualTo(1);

        driver.advance(Duration.ofHours(12));
        assertThat(reminders()).isEmpty();
        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.advance(TICK);

        assertThat(reminders()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("jane@example.com");
            assertThat(email.subject()).isEqualTo(FOLLOW_UP);
        });
        assertThat(driver.storeSize(ReminderStores.HELD)).isZero();
        // a repeated verification releases nothing more, and the reminder is never sent twice
        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.advance(Duration.ofDays(30));
        assertThat(reminders()).hasSize(1);
    }

    @Test
    void aHeldReminderIsDroppedWhenTheAddressIsVerifiedTooLateAndLeavesTheStoreAtItsExpiry() {
        driver.send(user, user.unverified("jane@example.com"));
        driver.send(user, created(newJobId(), JobStatus.Applied));
        driver.advance(Duration.ofDays(7).plus(TICK));
        assertThat(driver.storeSize(ReminderStores.HELD)).isEqualTo(1);

        // past the lateness bound (due + 1 day): the held entry is gone even without a verification
        driver.advance(Duration.ofDays(1));
        assertThat(driver.storeSize(ReminderStores.HELD)).isZero();

        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.advance(Duration.ofDays(30));
        assertThat(reminders()).isEmpty();
    }

    @Test
    void anEmailChangeHoldsRemindersAgainUntilTheNewAddressIsVerified() {
        driver.send(user, user.registered("jane@example.com")); // a legacy registration: verified
        driver.send(user, new UserEmailChanged(user.userId(), "jane@new.example", "jane@example.com"));
        driver.send(user, created(newJobId(), JobStatus.Applied));

        driver.advance(Duration.ofDays(7).plus(TICK));
        assertThat(reminders()).isEmpty();
        // verifying the former address (an old link) releases nothing
        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.advance(TICK);
        assertThat(reminders()).isEmpty();

        driver.send(user, new UserEmailVerified(user.userId(), "jane@new.example"));
        driver.advance(TICK);
        assertThat(reminders()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("jane@new.example");
            assertThat(email.subject()).isEqualTo(FOLLOW_UP);
        });
    }

    @Test
    void aRepeatedRegistrationDoesNotUndoAVerification() {
        var registration = driver.send(user, user.unverified("jane@example.com"));
        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.send(registration);
        driver.send(user, created(newJobId(), JobStatus.Applied));

        driver.advance(Duration.ofDays(7).plus(TICK));
        assertThat(reminders()).extracting(Email::subject).containsExactly(FOLLOW_UP);
    }

    @Test
    void deletingTheJobRemovesItsHeldReminder() {
        driver.send(user, user.unverified("jane@example.com"));
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(7).plus(TICK));
        assertThat(driver.storeSize(ReminderStores.HELD)).isEqualTo(1);

        driver.send(user, deleted(job));
        assertThat(driver.storeSize(ReminderStores.HELD)).isZero();
        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.advance(TICK);
        assertThat(reminders()).isEmpty();
    }

    /** The reminders sent (the account emails, such as the verification link, left out). */
    private List<Email> reminders() {
        return driver.mailer().sent().stream()
                .filter(email -> email.idHeader().equals(SmtpMailer.REMINDER_ID_HEADER))
                .toList();
    }
}
