package com.careervault.notifier.accounts;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.notifier.users.DeletedUsers;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerificationRequested;
import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.events.UserSignUpAttempted;
import com.careervault.contracts.identity.Identifiers;
import com.careervault.notifier.mail.DueQueue;
import com.careervault.notifier.mail.MailDeliveryException;
import com.careervault.notifier.mail.Mailer;
import com.careervault.notifier.reminders.ReminderSettings;
import com.careervault.notifier.reminders.ReminderStores;
import com.careervault.notifier.users.UserContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the emails about an account: the verification link (sign-up with an unverified address, email
 * change, resend), the password reset link, and the "password changed" and "someone tried to sign up"
 * notices.
 *
 * <p><b>Who gets what.</b> A link goes to the address the event names: the verification link to the
 * address to verify (a resend only while that address is still the account's and unverified), the reset
 * link even to an unverified address (following it proves the mailbox). The notices go only to a verified
 * address: they tell the owner, and an unverified address may not be the owner's. The contact comes from
 * the users store, which {@code ReminderProcessor} keeps; this processor only reads it, and never for
 * the events that change it (a registration or an email change carries its own address), so it does not
 * depend on which of the two processors sees an event first.
 *
 * <p><b>Once, at least once.</b> An event queues its email in the outbox store and records a mark (the
 * last event per user and kind) in the same transaction. A redelivered event (same id, or older than the
 * mark: a user's events arrive in log order) queues nothing. The punctuator sends due outbox entries and
 * deletes each one sent: as for reminders, a crash after the SMTP server accepted a message but before the
 * commit sends it again, with the same {@code X-CareerVault-Account-Email} id; a commit is requested after
 * every punctuation that sent something to keep that window short. A failed send is retried with the
 * reminders' backoff ({@link ReminderSettings#backoffAfter(int)}), up to their attempt limit.
 *
 * <p><b>Sign-up notices</b> go out at most once per {@code signUpNoticeInterval} per user, measured in
 * event time from the last one queued: sign-ups racing with one address append their events to the
 * owner's partition one after the other, and each sees the mark of the first.
 *
 * <p><b>Deleted users.</b> {@code UserDeleted} drops the user's queued emails and marks, and marks the user
 * deleted ({@link DeletedUsers}): nothing more is sent to them.
 *
 * <p><b>Size.</b> An outbox entry leaves when sent, dropped (a reset link already expired) or given up;
 * marks are one record per user and kind.
 */
public final class AccountEmailProcessor implements Processor<String, EventEnvelope, Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(AccountEmailProcessor.class);

    private final Clock clock;
    private final ReminderSettings settings;
    private final Duration signUpNoticeInterval;
    private final AccountEmailComposer composer;
    private final Mailer mailer;

    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, UserContact> users;
    private KeyValueStore<String, DeletedUsers.Mark> deletedUsers;
    private KeyValueStore<String, AccountEmailRequest> outbox;
    private KeyValueStore<String, AccountEmailMark> marks;

    /** The longest an account email waits in the outbox before a look sends it. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    public AccountEmailProcessor(Clock clock, ReminderSettings settings, Duration signUpNoticeInterval,
            AccountEmailComposer composer, Mailer mailer) {
        this.clock = clock;
        this.settings = settings;
        this.signUpNoticeInterval = signUpNoticeInterval;
        this.composer = composer;
        this.mailer = mailer;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.users = context.getStateStore(ReminderStores.USERS);
        this.deletedUsers = context.getStateStore(DeletedUsers.STORE);
        this.outbox = context.getStateStore(AccountStores.OUTBOX);
        this.marks = context.getStateStore(AccountStores.MARKS);
        // a person is waiting for these (a verification or reset link): look at least every two seconds,
        // not at the reminders' pace; a look with nothing due is one range read of a small store
        Duration interval = settings.punctuationInterval().compareTo(LONGEST_WAIT) < 0
                ? settings.punctuationInterval() : LONGEST_WAIT;
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, ignored -> sendDue());
    }

    @Override
    public void process(Record<String, EventEnvelope> record) {
        EventEnvelope event = record.value();
        if (event.data() instanceof UserDeleted) {
            String userId = event.userid();
            deletedUsers.put(DeletedUsers.key(userId), new DeletedUsers.Mark(event.time()));
            DeletedUsers.deleteWhere(outbox, request -> userId.equals(request.userId()));
            DeletedUsers.deletePrefix(marks, AccountStores.mark(userId, null));
            return;
        }
        if (DeletedUsers.isDeleted(deletedUsers, event.userid())) {
            return;
        }
        UserContact contact = users.get(event.userid());
        if (event.data() instanceof UserRegistered registered) {
            if (!registered.emailTrusted()) {
                queue(AccountEmail.VERIFY_EMAIL, event, registered.email(), registered.givenName(), null);
            }
        } else if (event.data() instanceof UserEmailChanged changed) {
            queue(AccountEmail.VERIFY_EMAIL, event, changed.email(), nameOf(contact), null);
        } else if (event.data() instanceof UserEmailVerificationRequested requested) {
            if (contact != null && contact.isCurrent(requested.email()) && !contact.verified()) {
                queue(AccountEmail.VERIFY_EMAIL, event, requested.email(), contact.givenName(), null);
            } else {
                log.info("not resending a verification link to user {}: the address is no longer theirs or is "
                        + "verified", event.userid());
            }
        } else if (event.data() instanceof UserPasswordResetRequested reset) {
            queue(reset.forMovedAccount() ? AccountEmail.SET_PASSWORD : AccountEmail.RESET_PASSWORD, event,
                    reset.email(), nameOf(contact), reset.resetId());
        } else if (event.data() instanceof UserPasswordChanged changed) {
            if (isVerified(contact, "password change notice")) {
                queue(AccountEmail.PASSWORD_CHANGED, event, contact.email(), contact.givenName(), changed.reason());
            }
        } else if (event.data() instanceof UserSignUpAttempted && isVerified(contact, "sign-up notice")) {
            AccountEmailMark last = marks.get(AccountStores.mark(event.userid(), AccountEmail.SIGN_UP_ATTEMPTED));
            if (last != null && event.time().isBefore(last.eventTime().plus(signUpNoticeInterval))) {
                log.info("sign-up notice to user {} not sent: one went out at {}", event.userid(), last.eventTime());
            } else {
                queue(AccountEmail.SIGN_UP_ATTEMPTED, event, contact.email(), contact.givenName(), null);
            }
        }
    }

    private boolean isVerified(UserContact contact, String what) {
        if (contact == null || !contact.hasEmail() || !contact.verified()) {
            log.info("{} not sent: the address is not verified", what);
            return false;
        }
        return true;
    }

    private void queue(AccountEmail kind, EventEnvelope event, String to, String givenName, String detail) {
        String markKey = AccountStores.mark(event.userid(), kind);
        AccountEmailMark last = marks.get(markKey);
        if (last != null && (last.eventId().equals(event.id()) || event.time().isBefore(last.eventTime()))) {
            return; // a redelivery: its email was queued when the event first came
        }
        marks.put(markKey, new AccountEmailMark(event.id(), event.time()));
        AccountEmailRequest request = new AccountEmailRequest(kind, event.userid(),
                Identifiers.canonicalEmail(to), givenName, event.id(), event.time(), detail, 0);
        outbox.put(AccountStores.outbox(clock.instant(), request), request);
    }

    void sendDue() {
        Instant now = clock.instant();
        List<KeyValue<String, AccountEmailRequest>> due = DueQueue.takeDue(outbox, now,
                settings.maxEmailsPerPunctuation());
        // deliver() on each, then a commit if one was sent: it shortens the window of a duplicate
        if (due.stream().map(entry -> deliver(entry.value, now)).reduce(false, Boolean::logicalOr)) {
            context.commit();
        }
    }

    private boolean deliver(AccountEmailRequest request, Instant now) {
        Instant expiry = composer.linkExpiry(request);
        if (expiry != null && !now.isBefore(expiry)) {
            log.warn("dropping the {} email of user {}: its link expired before it could be sent",
                    request.kind().slug(), request.userId());
            return false;
        }
        try {
            mailer.send(composer.compose(request));
            return true;
        } catch (MailDeliveryException e) {
            AccountEmailRequest failed = request.failedOnce();
            settings.retryAt(failed.failures(), now).ifPresentOrElse(next -> {
                log.warn("{} email of user {} not sent ({}); retrying at {}", request.kind().slug(),
                        request.userId(), e.getMessage(), next);
                outbox.put(AccountStores.outbox(next, failed), failed);
            }, () -> log.error("giving up the {} email of user {} after {} attempts", request.kind().slug(),
                    request.userId(), failed.failures(), e));
            return false;
        }
    }

    private static String nameOf(UserContact contact) {
        return contact == null ? null : contact.givenName();
    }
}
