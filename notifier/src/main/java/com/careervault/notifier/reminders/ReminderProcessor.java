package com.careervault.notifier.reminders;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderSent;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobEvent;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.InterviewArrangement;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewRescheduled;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.interviews.LegacyInterview;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.notifier.mail.DueQueue;
import com.careervault.notifier.mail.MailDeliveryException;
import com.careervault.notifier.mail.Mailer;
import com.careervault.notifier.users.DeletedUsers;
import com.careervault.notifier.users.UserContact;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps users, jobs and the reminder schedule in state stores (changelogged, so a restarted or
 * moved task resumes where it was), and sends what is due from a wall-clock punctuator.
 *
 * <p>Events only (re)plan: each change to a job, to one of its interviews or to its user's preferences
 * recomputes the job's reminders from scratch (its interviews read with one prefix scan of the interviews
 * store), removes schedule entries that no longer apply and adds new ones. The
 * punctuator checks every due entry against the job's current plan before sending, so a stale
 * entry (e.g. one left behind by a retry) can never send a cancelled reminder.
 *
 * <p><b>Exactly-once and email.</b> Store writes commit with the Kafka transaction; the email is a
 * side effect outside it. If the task dies after the SMTP server accepted a message but before the
 * commit, the "sent" marker is rolled back and the reminder goes out again after recovery. Writing
 * the marker before sending would not help: it lives in the same uncommitted transaction. We choose
 * at-least-once over at-most-once because a missed interview reminder is worse than a rare
 * duplicate, and we shrink the window: the marker is written right after each send and a commit is
 * requested at the end of every punctuation that sent something. Duplicates that still slip
 * through carry the same {@code X-CareerVault-Reminder} id. Anything that is committed is never
 * sent again: the sent store is keyed by job, rule and occurrence.
 *
 * <p><b>Interviews.</b> Each interview is one record ({@link TrackedInterview}); the job's {@code interview_at}
 * is its legacy interview ({@code LegacyInterview}), kept in line with it on job events, so it is reminded once
 * however it is changed. An interview reminder's occurrence is the interview's start and its sent marker is
 * keyed by job, interview and start: a reschedule to another time is reminded again, a redelivery (or a
 * reschedule to the same time) is not. A repeated reschedule (same event id) does not raise the SEQUENCE of the
 * attachment. Interviews outlive a job's deletion (a restore reminds them again) but not the user's.
 *
 * <p><b>Unverified addresses.</b> No reminder is ever sent to an address that is not verified: the
 * punctuator checks the user's contact right before sending, and the contact turns unverified on
 * {@code UserEmailChanged} (or registers so) in the same task, so no check can see a stale "verified".
 * A reminder due meanwhile is not lost but HELD: written to the held store keyed by user, job, rule and
 * occurrence, so that {@code UserEmailVerified} for the current address finds all of the user's held
 * reminders with one prefix scan and puts each back on the schedule, due at once, if it is still within
 * its lateness bound ({@link PlannedReminder#expiresAt()}); the punctuator then re-checks it like any
 * other entry (still planned, not sent, not too late), so a release is as safe as a first send. Held
 * entries that are too late are dropped with a log line. A verification for a former address releases
 * nothing. Holding and releasing are store writes in the processing transaction, so a crash neither
 * loses a held reminder nor releases one twice.
 *
 * <p><b>Bounded held state.</b> A held entry leaves the store when the address is verified (released or
 * dropped), when its job is deleted, or at its expiry: holding also schedules the entry at
 * {@code expiresAt}, and when that entry comes due the punctuator deletes the held one (it could never
 * be sent any more). So a user who never verifies keeps at most the reminders of the last lateness bound.
 *
 * <p><b>Size.</b> Every store record is about one user, one job, one interview, one scheduled or one sent
 * reminder, so none grows with the number of a user's jobs or a job's changes (a job keeps only its current
 * plan, with at most one interview reminder per interview, and a job has at most
 * {@code InterviewLimits.PER_JOB_MAX} interviews). A
 * preferences change replans each of the user's jobs within that one event: its work, not any record,
 * grows with the number of jobs.
 *
 * <p><b>Sent reminders on the log.</b> Each email sent also appends {@link ReminderSent} to the event log
 * (forwarded to the {@code reminders-sent} sink), in the same transaction as the "sent" marker: the log
 * holds exactly the reminders whose marker committed, once each (the event id is derived from the marker's
 * key). The projector keeps them for the account export; this processor ignores its own events.
 *
 * <p><b>Ghosted, found for the user.</b> The schedule also holds each open application's Ghosted check
 * ({@link GhostedPolicy}), planned and replanned with its reminders. When the punctuator finds it due and still
 * planned, it appends {@code JobStatusChanged(from, Ghosted, marked_by=system)} to the event log and notes the
 * event's id on the job ({@link TrackedJob#systemChangeInFlight()}, which stops the check from being planned again),
 * in the same Kafka transaction (exactly_once_v2) as the removal of the schedule entry and the input offsets
 * (a punctuation's writes belong to the transaction that the thread commits next). So the marking is done
 * <b>exactly once across instances and restarts</b>: a task lives on one instance at a time, and a zombie that lost
 * it is fenced (its producer's epoch is bumped), so its transaction, event included, aborts and is never read by
 * the read_committed consumers (the projector, this notifier); a crash before the commit aborts the event with the
 * state that would have said it was appended, and the next owner, restored from the changelogs, decides again
 * from the same committed state, with the same event id (derived from the job and the start of its idle time).
 * Anything committed says "in flight" or "Ghosted", so no check of that idle time is planned again.
 *
 * <p>The decision is made on the log as read so far, and its event lands after events not read yet. A system
 * status change therefore applies only to a job still in its {@code from} status ({@code
 * JobStatusChanged#appliesTo}; the projector and the statistics apply the same rule), so a user's status change
 * that got there first wins everywhere. Any other user event of the job read while its system change is in flight
 * precedes that change in the log, unseen by the decision: when the marking is read back, the job is moved back at
 * once. The marking itself, read back, is what changes this processor's state (status Ghosted, the status it
 * came from) and queues a {@link GhostedNotice} for the user's next reminder email, which lists (and then drops)
 * the notices in the same transaction as the email's "sent" marker.
 *
 * <p><b>Back on new activity.</b> Any later user event of a job the system marked (an update, a note, an interview
 * arranged, rescheduled, cancelled or its outcome recorded; an AI enrichment or a reminder sent is no activity)
 * appends {@code JobStatusChanged(Ghosted, <the status it came from>, marked_by=system)}, once (it is in flight
 * until read back), applying only if the job is still Ghosted: a user's own status change in between wins. A
 * Ghosted the user chose is never undone. Coming back is a stage change, so the idle time starts again.
 *
 * <p><b>Deleted users.</b> {@link UserDeleted} drops every entry of the user from every reminder store (the
 * contact, jobs, sent markers, held reminders, and scheduled entries, found by a scan of the schedule) and
 * marks the user deleted ({@link DeletedUsers}); every later event of the user is ignored, so nothing is
 * planned or sent for them again.
 */
public final class ReminderProcessor implements Processor<String, EventEnvelope, String, byte[]> {

    /** The CloudEvents {@code source} of the events the notifier appends. */
    public static final String SOURCE = "/careervault/notifier";

    private static final Logger log = LoggerFactory.getLogger(ReminderProcessor.class);

    private final Clock clock;
    private final ReminderSettings settings;
    private final ReminderPlanner planner;
    private final ReminderEmailComposer composer;
    private final Mailer mailer;
    private final EventCodec codec;

    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, DeletedUsers.Mark> deletedUsers;
    private KeyValueStore<String, UserContact> users;
    private KeyValueStore<String, TrackedJob> jobs;
    private KeyValueStore<String, PendingReminder> schedule;
    private KeyValueStore<String, SentReminder> sent;
    private KeyValueStore<String, PendingReminder> held;
    private KeyValueStore<String, TrackedInterview> interviews;
    private KeyValueStore<String, GhostedNotice> ghostedNotices;

    public ReminderProcessor(Clock clock, ReminderSettings settings, ReminderEmailComposer composer,
            Mailer mailer, EventCodec codec) {
        this.codec = codec;
        this.clock = clock;
        this.settings = settings;
        this.planner = new ReminderPlanner(settings);
        this.composer = composer;
        this.mailer = mailer;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.deletedUsers = context.getStateStore(DeletedUsers.STORE);
        this.users = context.getStateStore(ReminderStores.USERS);
        this.jobs = context.getStateStore(ReminderStores.JOBS);
        this.schedule = context.getStateStore(ReminderStores.SCHEDULE);
        this.sent = context.getStateStore(ReminderStores.SENT);
        this.held = context.getStateStore(ReminderStores.HELD);
        this.interviews = context.getStateStore(ReminderStores.INTERVIEWS);
        this.ghostedNotices = context.getStateStore(ReminderStores.GHOSTED_NOTICES);
        // the punctuation only triggers; "now" comes from the injectable clock, as everywhere else
        context.schedule(settings.punctuationInterval(), PunctuationType.WALL_CLOCK_TIME, ignored -> sendDue());
    }

    @Override
    public void process(Record<String, EventEnvelope> record) {
        EventEnvelope event = record.value();
        String userId = event.userid();
        if (event.data() instanceof ReminderSent) {
            return; // our own record of an email sent
        }
        if (event.data() instanceof JobEnriched || event.data() instanceof UserResumeChanged) {
            // the enricher's input and output: no reminder depends on them, and an enrichment is no activity
            // of the user on the job (it must not move a follow-up)
            return;
        }
        if (event.data() instanceof UserDeleted) {
            forgetUser(userId, event.time());
            return;
        }
        if (DeletedUsers.isDeleted(deletedUsers, userId)) {
            return; // appended while the account was being deleted, or replayed: nothing for a deleted user
        }
        // Java 17: no pattern switch yet; the event hierarchy is sealed, so this chain is complete
        if (event.data() instanceof UserRegistered registered) {
            users.put(userId, UserContact.registered(users.get(userId), registered));
        } else if (event.data() instanceof UserEmailVerified verified) {
            emailVerified(userId, verified);
        } else if (event.data() instanceof UserEmailChanged changed) {
            // reminders due from now on are held until the new address is verified
            users.put(userId, UserContact.emailChanged(users.get(userId), changed));
        } else if (event.data() instanceof UserPreferencesChanged changed) {
            preferencesChanged(userId, changed);
        } else if (event.data() instanceof JobEvent jobEvent) {
            jobChanged(userId, jobEvent, event.time(), event.id());
        }
    }

    /** Marks the current address verified and releases the user's held reminders that are still useful. */
    private void emailVerified(String userId, UserEmailVerified verified) {
        UserContact before = users.get(userId);
        UserContact after = UserContact.emailVerified(before, verified);
        if (after == null || !after.verified()) {
            log.info("user {} verified an address that is no longer theirs: reminders stay held", userId);
            return;
        }
        users.put(userId, after);
        Instant now = clock.instant();
        List<KeyValue<String, PendingReminder>> release = new ArrayList<>();
        try (KeyValueIterator<String, PendingReminder> it = held.prefixScan(ReminderKeys.heldOf(userId),
                new StringSerializer())) {
            it.forEachRemaining(release::add);
        }
        for (KeyValue<String, PendingReminder> entry : release) {
            held.delete(entry.key);
            PlannedReminder reminder = entry.value.reminder();
            if (now.isBefore(reminder.expiresAt())) {
                schedule.put(ReminderKeys.schedule(now, entry.value), entry.value);
            } else {
                log.info("dropping held {} reminder of job {}: the address was verified too late",
                        reminder.rule().slug(), entry.value.jobId());
            }
        }
    }

    private void preferencesChanged(String userId, UserPreferencesChanged changed) {
        users.put(userId, UserContact.withPreferences(users.get(userId), changed));
        List<TrackedJob> affected = new ArrayList<>();
        try (KeyValueIterator<String, TrackedJob> it = jobs.prefixScan(ReminderKeys.jobsOf(userId),
                new StringSerializer())) {
            it.forEachRemaining(entry -> affected.add(entry.value));
        }
        affected.forEach(job -> replan(job, job));
    }

    private void jobChanged(String userId, JobEvent event, Instant time, String eventId) {
        String key = ReminderKeys.job(userId, event.jobId());
        TrackedJob current = jobs.get(key);
        if (event instanceof JobCreated created) {
            // a repeated creation (duplicate delivery, replay) must not reset a job that moved on
            if (current == null) {
                TrackedJob job = TrackedJob.created(userId, created, time);
                legacyInterviewAt(job, time, eventId);
                replan(null, job);
            }
        } else if (event instanceof JobRestored restored) {
            // a deleted job is tracked again as it was (its interviews were kept); a repeated restore changes nothing
            if (current == null) {
                TrackedJob job = TrackedJob.restored(userId, restored);
                legacyInterviewAt(job, time, eventId);
                replan(null, job);
            }
        } else if (current == null) {
            return; // an update of a job we never saw (or deleted): nothing to remind of
        } else if (event instanceof JobUpdated updated) {
            TrackedJob job = current.updated(updated);
            if (!Objects.equals(job.interviewAt(), current.interviewAt())) {
                legacyInterviewAt(job, time, eventId);
            }
            replan(current, activity(job));
        } else if (event instanceof JobStatusChanged changed) {
            statusChanged(current, changed, time, eventId);
        } else if (event instanceof JobDeleted) {
            forget(current);
        } else if (event instanceof InterviewArrangement || event instanceof InterviewCancelled) {
            interviewChanged(current, event, time, eventId);
            replan(current, activity(current));
        } else if (event instanceof InterviewOutcomeRecorded) {
            replan(current, activity(current));
        }
    }

    /**
     * A status change read from the log: skipped if it no longer applies (a system change overtaken by the user's),
     * else applied. The system's marking, read back, queues the user's notice, or moves the job back at once if a
     * user event came before it in the log.
     */
    private void statusChanged(TrackedJob current, JobStatusChanged changed, Instant time, String eventId) {
        boolean ours = eventId.equals(current.systemChangeInFlight());
        boolean unseenActivity = ours && current.activityWhileInFlight();
        TrackedJob job = ours ? current.systemChangeLanded() : current;
        if (!changed.appliesTo(job.status())) {
            replan(current, job);
            return;
        }
        if (!changed.isBySystem()) {
            job = job.userActed();
        }
        TrackedJob after = job.statusChanged(changed, time);
        String noticeKey = ReminderKeys.job(after.userId(), after.jobId());
        if (after.ghostedBySystem() && !current.ghostedBySystem()) {
            if (unseenActivity) {
                log.info("job {} was marked Ghosted after activity the decision had not seen: moving it back",
                        after.jobId());
                after = moveBack(after);
            } else {
                int days = GhostedPolicy.thresholdDays(ghostedCheck(current), settings.ghostedDay());
                ghostedNotices.put(noticeKey, new GhostedNotice(after.jobId(), after.company(), after.position(),
                        changed.from(), time, days));
            }
        } else if (!after.ghostedBySystem()) {
            ghostedNotices.delete(noticeKey);
        }
        replan(current, after);
    }

    /** The Ghosted check the job had planned (or would have now): what the threshold of its marking was. */
    private PlannedReminder ghostedCheck(TrackedJob job) {
        return job.planned().stream().filter(reminder -> reminder.rule() == ReminderRule.GHOSTED).findFirst()
                .orElseGet(() -> new GhostedPolicy(settings.ghostedDay(), settings.maxLateness())
                        .plan(job.systemChangeLanded(), interviewsOf(job), preferencesOf(job.userId()))
                        .orElse(new PlannedReminder(ReminderRule.GHOSTED, Instant.EPOCH,
                                Instant.EPOCH.plus(settings.ghostedDay()), Instant.EPOCH)));
    }

    /** A user event of the job other than a status change: moves a job the system marked Ghosted back. */
    private TrackedJob activity(TrackedJob job) {
        TrackedJob acted = job.userActed();
        return acted.ghostedBySystem() && acted.systemChangeInFlight() == null ? moveBack(acted) : acted;
    }

    /** Appends the system's change back to the stage the job was marked Ghosted from; in flight until read back. */
    private TrackedJob moveBack(TrackedJob job) {
        String eventId = systemEventId("ghosted-return", job.userId(), job.jobId(), job.stageSince());
        append(job.userId(), eventId, JobStatusChanged.bySystem(job.jobId(), JobStatus.Ghosted, job.ghostedFrom()));
        ghostedNotices.delete(ReminderKeys.job(job.userId(), job.jobId()));
        return job.withSystemChangeInFlight(eventId);
    }

    /**
     * Marks an idle application Ghosted: appends the system's status change, committed with the job's "in flight"
     * note and the removal of the check from the schedule (see the class comment for why this is exactly once).
     */
    private boolean markGhosted(TrackedJob job, PlannedReminder check) {
        String eventId = systemEventId("ghosted", job.userId(), job.jobId(), check.occurrence());
        append(job.userId(), eventId, JobStatusChanged.bySystem(job.jobId(), job.status(), JobStatus.Ghosted));
        log.info("job {} idle since {}: marked Ghosted", job.jobId(), check.occurrence());
        replan(job, job.withSystemChangeInFlight(eventId));
        return true;
    }

    /** A system event's id: derived from what it is about, so the same decision always has the same id. */
    private static String systemEventId(String kind, String userId, String jobId, Instant since) {
        String identity = kind + ":" + ReminderKeys.job(userId, jobId) + "|" + (since == null ? 0 : since.toEpochMilli());
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** An event of the notifier's to the event log, keyed by the user, in the current transaction. */
    private void append(String userId, String eventId, JobStatusChanged change) {
        Instant now = clock.instant();
        EventEnvelope event = EventEnvelope.of(eventId, SOURCE, now, userId, change);
        context.forward(new Record<>(userId, codec.encode(event), now.toEpochMilli()));
    }

    /**
     * Brings the job's legacy interview in line with its {@code interview_at}: set is scheduled (or rescheduled,
     * one sequence on), cleared is cancelled. Called only when {@code interview_at} may have changed, so that an
     * unrelated job update does not undo a reschedule of the legacy interview through the interview events.
     */
    private void legacyInterviewAt(TrackedJob job, Instant time, String eventId) {
        String key = ReminderKeys.interview(job.userId(), job.jobId(), LegacyInterview.id(job.jobId()));
        TrackedInterview existing = interviews.get(key);
        Instant at = job.interviewAt();
        if (at != null && (existing == null || existing.cancelled() || !at.equals(existing.startsAt()))) {
            interviews.put(key, TrackedInterview.legacyAt(existing, job.userId(), job.jobId(), at, time, eventId));
        } else if (at == null && existing != null && !existing.cancelled()) {
            interviews.put(key, existing.cancelledBy(time, eventId));
        }
    }

    /**
     * Applies an interview event to the interview's record. A redelivered event changes nothing: a repeated
     * schedule or cancellation finds the interview already so, a repeated reschedule carries the id of the
     * event that last changed it. Either way the replan that follows plans what was planned.
     */
    private void interviewChanged(TrackedJob job, JobEvent event, Instant time, String eventId) {
        String interviewId = event instanceof InterviewArrangement arrangement ? arrangement.interviewId()
                : ((InterviewCancelled) event).interviewId();
        String key = ReminderKeys.interview(job.userId(), job.jobId(), interviewId);
        TrackedInterview existing = storedOrLegacy(job, interviewId, key);
        if (event instanceof InterviewScheduled scheduled) {
            if (existing == null) {
                interviews.put(key, TrackedInterview.scheduled(job.userId(), scheduled, time, eventId));
            }
        } else if (event instanceof InterviewRescheduled rescheduled) {
            if (existing == null) {
                // first seen as a reschedule: it was scheduled at least once before
                interviews.put(key, TrackedInterview.scheduled(job.userId(), rescheduled, time, eventId)
                        .rescheduled(rescheduled, time, eventId));
            } else if (!eventId.equals(existing.lastEventId())) {
                interviews.put(key, existing.rescheduled(rescheduled, time, eventId));
            }
        } else if (existing != null && !existing.cancelled()) {
            interviews.put(key, existing.cancelledBy(time, eventId));
        }
    }

    /** The interview's record; for the legacy interview of a job tracked before interviews were records, derived. */
    private TrackedInterview storedOrLegacy(TrackedJob job, String interviewId, String key) {
        TrackedInterview stored = interviews.get(key);
        if (stored != null || job.interviewAt() == null || !TrackedInterview.isLegacy(job.jobId(), interviewId)) {
            return stored;
        }
        return TrackedInterview.legacyAt(null, job.userId(), job.jobId(), job.interviewAt(), null, null);
    }

    /**
     * The job's interviews, cancelled ones included (one prefix scan of at most {@code InterviewLimits.PER_JOB_MAX}
     * records), with the legacy interview derived from {@code interview_at} for a job tracked before interviews
     * were records.
     */
    private List<TrackedInterview> interviewsOf(TrackedJob job) {
        List<TrackedInterview> found = new ArrayList<>();
        try (KeyValueIterator<String, TrackedInterview> it = interviews.prefixScan(
                ReminderKeys.interviewsOf(job.userId(), job.jobId()), new StringSerializer())) {
            it.forEachRemaining(entry -> found.add(entry.value));
        }
        String legacyId = LegacyInterview.id(job.jobId());
        if (job.interviewAt() != null && found.stream().noneMatch(i -> i.interviewId().equals(legacyId))) {
            found.add(TrackedInterview.legacyAt(null, job.userId(), job.jobId(), job.interviewAt(), null, null));
        }
        return found;
    }

    /** Recomputes a job's reminders and brings the schedule in line: cancels, reschedules, adds. */
    private void replan(TrackedJob before, TrackedJob after) {
        List<PlannedReminder> previous = before == null ? List.of()
                : before.planned().stream().map(reminder -> reminder.normalized(before.jobId())).toList();
        List<PlannedReminder> next = planner.plan(after, interviewsOf(after), preferencesOf(after.userId()));
        for (PlannedReminder old : previous) {
            if (!next.contains(old)) {
                schedule.delete(ReminderKeys.schedule(old.dueAt(), pending(after, old)));
            }
        }
        for (PlannedReminder reminder : next) {
            if (!previous.contains(reminder) && sent.get(ReminderKeys.sent(after.userId(), after.jobId(), reminder)) == null) {
                PendingReminder entry = pending(after, reminder);
                schedule.put(ReminderKeys.schedule(reminder.dueAt(), entry), entry);
            }
        }
        jobs.put(ReminderKeys.job(after.userId(), after.jobId()), after.withPlanned(next));
    }

    private void forget(TrackedJob job) {
        ghostedNotices.delete(ReminderKeys.job(job.userId(), job.jobId()));
        for (PlannedReminder old : job.planned()) {
            schedule.delete(ReminderKeys.schedule(old.dueAt(), pending(job, old)));
        }
        jobs.delete(ReminderKeys.job(job.userId(), job.jobId()));
        List<String> markers = new ArrayList<>();
        try (KeyValueIterator<String, SentReminder> it = sent.prefixScan(ReminderKeys.sentOf(job.userId(), job.jobId()),
                new StringSerializer())) {
            it.forEachRemaining(entry -> markers.add(entry.key));
        }
        markers.forEach(sent::delete);
        List<String> holds = new ArrayList<>();
        try (KeyValueIterator<String, PendingReminder> it = held.prefixScan(
                ReminderKeys.heldOf(job.userId(), job.jobId()), new StringSerializer())) {
            it.forEachRemaining(entry -> holds.add(entry.key));
        }
        holds.forEach(held::delete);
    }

    /** Drops every entry of the user from every reminder store, and marks the user deleted. Idempotent. */
    private void forgetUser(String userId, Instant deletedAt) {
        deletedUsers.put(DeletedUsers.key(userId), new DeletedUsers.Mark(deletedAt));
        users.delete(userId);
        int entries = DeletedUsers.deletePrefix(jobs, ReminderKeys.jobsOf(userId))
                + DeletedUsers.deletePrefix(sent, ReminderKeys.jobsOf(userId))
                + DeletedUsers.deletePrefix(held, ReminderKeys.heldOf(userId))
                + DeletedUsers.deletePrefix(interviews, ReminderKeys.jobsOf(userId))
                + DeletedUsers.deletePrefix(ghostedNotices, ReminderKeys.jobsOf(userId))
                + DeletedUsers.deleteWhere(schedule, pending -> userId.equals(pending.userId()));
        log.info("user {} deleted: {} reminder store entries dropped", userId, entries);
    }

    void sendDue() {
        Instant now = clock.instant();
        boolean sentAny = false;
        for (KeyValue<String, PendingReminder> entry : DueQueue.takeDue(schedule, now,
                settings.maxEmailsPerPunctuation())) {
            sentAny |= deliver(entry.value, now);
        }
        if (sentAny) {
            // shortens the window in which a crash would roll back the "sent" markers
            context.commit();
        }
    }

    private boolean deliver(PendingReminder pending, Instant now) {
        PlannedReminder reminder = pending.reminder().normalized(pending.jobId());
        String heldKey = ReminderKeys.held(pending.userId(), pending.jobId(), reminder);
        if (!now.isBefore(reminder.expiresAt()) && held.get(heldKey) != null) {
            // the entry holding scheduled at the expiry: the held reminder can never be sent now
            held.delete(heldKey);
            log.info("dropping held {} reminder of job {}: the address was not verified in time",
                    reminder.rule().slug(), pending.jobId());
            return false;
        }
        TrackedJob job = jobs.get(ReminderKeys.job(pending.userId(), pending.jobId()));
        List<TrackedInterview> jobInterviews = job == null ? List.of() : interviewsOf(job);
        if (job == null || !planner.plan(job, jobInterviews, preferencesOf(job.userId())).contains(reminder)) {
            return false; // cancelled or rescheduled since this entry was written
        }
        if (reminder.rule() == ReminderRule.GHOSTED) {
            if (!now.isBefore(reminder.expiresAt())) {
                // most likely a replay from long ago, deciding on a job whose later events are not read yet
                log.info("not marking job {} Ghosted: its check is too late (due {})", job.jobId(), reminder.dueAt());
                return false;
            }
            return markGhosted(job, reminder);
        }
        String sentKey = ReminderKeys.sent(job.userId(), job.jobId(), reminder);
        if (sent.get(sentKey) != null) {
            return false;
        }
        if (!now.isBefore(reminder.expiresAt())) {
            log.info("dropping {} reminder of job {}: too late to be useful", reminder.rule().slug(), job.jobId());
            return false;
        }
        UserContact user = users.get(job.userId());
        if (user == null || !user.hasEmail()) {
            log.warn("no email address for user {}: {} reminder of job {} not sent", job.userId(),
                    reminder.rule().slug(), job.jobId());
            return false;
        }
        if (!user.verified()) {
            hold(pending, heldKey);
            return false;
        }
        List<GhostedNotice> notices = new ArrayList<>();
        try (KeyValueIterator<String, GhostedNotice> it = ghostedNotices.prefixScan(ReminderKeys.jobsOf(job.userId()),
                new StringSerializer())) {
            it.forEachRemaining(entry -> notices.add(entry.value));
        }
        try {
            TrackedInterview interview = jobInterviews.stream()
                    .filter(candidate -> candidate.interviewId().equals(reminder.interviewId())).findFirst()
                    .orElse(null);
            mailer.send(composer.compose(user, job, interview, reminder, notices, now));
        } catch (MailDeliveryException e) {
            retryLater(pending.failedOnce(), now, e);
            return false;
        }
        // told: the notices go with the "sent" marker, in the same transaction
        notices.forEach(notice -> ghostedNotices.delete(ReminderKeys.job(job.userId(), notice.jobId())));
        sent.put(sentKey, new SentReminder(now, user.email()));
        appendSent(job, reminder, sentKey, now);
        return true;
    }

    /** {@link ReminderSent} to the event log, keyed by the user, committed with the marker. */
    private void appendSent(TrackedJob job, PlannedReminder reminder, String sentKey, Instant now) {
        String eventId = UUID.nameUUIDFromBytes(("reminder-sent:" + sentKey).getBytes(StandardCharsets.UTF_8))
                .toString();
        EventEnvelope event = EventEnvelope.of(eventId, SOURCE, now, job.userId(), new ReminderSent(job.userId(),
                job.jobId(), ReminderEmailComposer.reminderId(job, reminder), reminder.rule().slug()));
        context.forward(new Record<>(job.userId(), codec.encode(event), now.toEpochMilli()));
    }

    /** Keeps the reminder until the address is verified, and schedules its removal at its expiry. */
    private void hold(PendingReminder pending, String heldKey) {
        if (held.get(heldKey) != null) {
            return;
        }
        PendingReminder entry = new PendingReminder(pending.userId(), pending.jobId(), pending.reminder(), 0);
        held.put(heldKey, entry);
        schedule.put(ReminderKeys.schedule(pending.reminder().expiresAt(), entry), entry);
        log.info("holding {} reminder of job {}: user {} has not verified their address",
                pending.reminder().rule().slug(), pending.jobId(), pending.userId());
    }

    private void retryLater(PendingReminder failed, Instant now, MailDeliveryException e) {
        settings.retryAt(failed.failures(), now).ifPresentOrElse(next -> {
            log.warn("{} reminder of job {} not sent ({}); retrying at {}", failed.reminder().rule().slug(),
                    failed.jobId(), e.getMessage(), next);
            schedule.put(ReminderKeys.schedule(next, failed), failed);
        }, () -> log.error("giving up the {} reminder of job {} after {} attempts", failed.reminder().rule().slug(),
                failed.jobId(), failed.failures(), e));
    }

    private ReminderPreferences preferencesOf(String userId) {
        UserContact user = users.get(userId);
        return user == null ? ReminderPreferences.defaults() : user.effectivePreferences();
    }

    private static PendingReminder pending(TrackedJob job, PlannedReminder reminder) {
        return new PendingReminder(job.userId(), job.jobId(), reminder, 0);
    }
}
