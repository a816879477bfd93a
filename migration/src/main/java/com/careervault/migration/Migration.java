package com.careervault.migration;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.migration.OldDocuments.CloseableIterator;
import com.careervault.migration.OldDocuments.Read;
import com.careervault.migration.Progress.UserProgress;
import com.careervault.migration.Progress.UserState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Moves the old system's users and jobs into CareerVault: users first (each becomes, or is matched to, a Cognito
 * account), then jobs, as {@code JobCreated} events on the log, never as table writes, so the read model,
 * reminders, analytics and any rebuild see them like every other job.
 *
 * <p><b>Nothing twice, also after a kill.</b> Every append is a Kafka transaction that carries the events
 * <em>and</em> a record on the migration's progress topic naming the documents they came from
 * ({@link EventLogWriter}, {@link ProgressTopic}). A run first fences any earlier run (same
 * {@code transactional.id}: its open transaction is aborted), then reads the progress topic read-committed, and
 * skips every document listed there. So a document's events are in the log exactly when its progress record is,
 * and a rerun or a resume after {@code kill -9} appends each event once, as read-committed consumers (all of
 * CareerVault's) see the log. Ids are name-based on the Mongo {@code _id} ({@link MigrationIds}) besides: were
 * the progress topic lost, a rerun would append duplicates with the same event and job ids, which the projector
 * ignores (a JobCreated for a job id that has an item is a no-op there), but the log would hold them twice.
 *
 * <p><b>Accounts</b> cannot be made in that transaction (Cognito and DynamoDB are outside it), so a new user
 * goes: reserve the email (the API's reservation table) → commit {@code CREATING} → AdminCreateUser (a username
 * an earlier run made is taken as it is) → complete the reservation → commit {@code UserRegistered},
 * {@code UserPasswordResetRequested} and {@code CREATED}. A run that finds {@code CREATING} finishes from there;
 * without it, an account found by email is someone's own (matched: no new user, no UserRegistered).
 *
 * <p><b>Email verified: false.</b> The address comes from the old system, which never proved it; CareerVault
 * sends reminders only to proven addresses, so the notifier mails the verification link (from UserRegistered)
 * and the set-your-password link (from the reset request); the owner follows both.
 */
final class Migration {

    private final MigrationSettings settings;
    private final OldDocuments source;
    private final Accounts accounts;
    private final EventLogWriter log;
    private final Progress progress;
    private final RejectsFile rejects;
    private final ProgressBar bar;
    private final Clock clock;
    private final Summary summary = new Summary();

    private final Map<String, String> userIds = new HashMap<>();
    private final Set<String> rejectedUsers = new HashSet<>();

    /**
     * @param log null in a dry run
     */
    Migration(MigrationSettings settings, OldDocuments source, Accounts accounts, EventLogWriter log,
            Progress progress, RejectsFile rejects, ProgressBar bar, Clock clock) {
        this.settings = settings;
        this.source = source;
        this.accounts = accounts;
        this.log = log;
        this.progress = progress;
        this.rejects = rejects;
        this.bar = bar;
        this.clock = clock;
    }

    Summary run() {
        migrateUsers();
        long jobsStarted = System.nanoTime();
        migrateJobs();
        summary.jobsSeconds = (System.nanoTime() - jobsStarted) / 1e9;
        return summary;
    }

    private void migrateUsers() {
        Set<String> seenIds = new HashSet<>();
        Map<String, String> emails = new HashMap<>();
        Map<String, String> usernames = new HashMap<>();
        bar.start("users", source.count(OldDocuments.USERS));
        try (CloseableIterator<Read> reads = source.read(OldDocuments.USERS)) {
            while (reads.hasNext()) {
                Read read = reads.next();
                summary.usersRead++;
                if (read.document() == null) {
                    rejectUser(read.where(), read.problem());
                    continue;
                }
                if (OldUser.hadPasswordHash(read.document())) {
                    summary.passwordHashesDropped++;
                }
                Mapped<OldUser> mapped = OldUser.map(read.document());
                if (mapped instanceof Mapped.Rejected<OldUser> rejected) {
                    rejectUser(rejected.mongoId(), rejected.reason());
                    continue;
                }
                Mapped.Accepted<OldUser> accepted = (Mapped.Accepted<OldUser>) mapped;
                OldUser user = accepted.value();
                if (!seenIds.add(user.mongoId())) {
                    rejectUser(user.mongoId(), "duplicate _id: an earlier user document has it");
                    continue;
                }
                String sameEmail = emails.putIfAbsent(user.email(), user.mongoId());
                String sameUsername = usernames.putIfAbsent(user.username(), user.mongoId());
                if (sameEmail != null || sameUsername != null) {
                    rejectUser(user.mongoId(), (sameEmail != null ? "email" : "username")
                            + " also belongs to user " + (sameEmail != null ? sameEmail : sameUsername)
                            + ", which is migrated instead (one account per email and username)");
                    continue;
                }
                noteNotCarried(OldDocuments.USERS, accepted);
                if (migrateUser(user)) {
                    bar.step(1, 0);
                }
            }
        }
        bar.finish();
    }

    /** False when the user was rejected (and reported). */
    private boolean migrateUser(OldUser user) {
        UserProgress done = progress.user(user.mongoId());
        if (done != null && done.state() != UserState.CREATING) {
            summary.usersAlreadyMigrated++;
            userIds.put(user.mongoId(), done.userId());
            return true;
        }
        List<Accounts.PoolUser> withEmail = accounts.usersWithEmail(user.email());
        boolean resuming = done != null;
        if (withEmail.size() > 1) {
            rejectUser(user.mongoId(), "several CareerVault accounts have this email; match it by hand");
            return false;
        }
        if (!resuming && withEmail.size() == 1) {
            // someone's own account: the old jobs join it, nothing else changes
            String userId = withEmail.get(0).userId();
            if (!settings.dryRun()) {
                log.append(List.of(), Progress.Entry.user(new UserProgress(user.mongoId(), UserState.MATCHED, userId)));
            }
            summary.usersMatched++;
            userIds.put(user.mongoId(), userId);
            return true;
        }
        if (resuming && withEmail.size() == 1 && !withEmail.get(0).username().equals(user.username())) {
            rejectUser(user.mongoId(), "the email was taken by account '" + withEmail.get(0).username()
                    + "' while this user was being migrated");
            return false;
        }
        if (!resuming && accounts.user(user.username()).isPresent()) {
            rejectUser(user.mongoId(), "username '" + user.username() + "' belongs to another CareerVault account "
                    + "(with another email)");
            return false;
        }
        if (settings.dryRun()) {
            summary.usersCreated++;
            userIds.put(user.mongoId(), "dry-run-" + user.mongoId());
            return true;
        }
        if (!accounts.reserve(user.email(), user.username())) {
            rejectUser(user.mongoId(), "the email is reserved by another account or a sign-up in progress");
            return false;
        }
        if (!resuming) {
            log.append(List.of(), Progress.Entry.user(new UserProgress(user.mongoId(), UserState.CREATING, null)));
        }
        String userId = accounts.create(user);
        accounts.completeReservation(user.email(), user.username(), userId);
        try {
            log.append(List.of(
                        EventEnvelope.of(MigrationIds.userRegisteredEventId(user.mongoId()), settings.eventSource(),
                                clock.instant(), userId, new UserRegistered(userId, user.username(), user.email(),
                                        user.givenName(), user.familyName(), false)),
                        EventEnvelope.of(MigrationIds.passwordResetEventId(user.mongoId()), settings.eventSource(),
                                clock.instant(), userId, new UserPasswordResetRequested(userId, user.email(),
                                        UUID.randomUUID().toString(), UserPasswordResetRequested.MOVED_ACCOUNT))),
                    Progress.Entry.user(new UserProgress(user.mongoId(), UserState.CREATED, userId)));
        } catch (PersonalDataErasedException e) {
            // the account was made and then deleted between two runs (its key with it): nothing more for it
            rejectUser(user.mongoId(), erased(userId));
            return false;
        }
        summary.usersCreated++;
        userIds.put(user.mongoId(), userId);
        return true;
    }

    private void migrateJobs() {
        Set<String> seenIds = new HashSet<>();
        List<EventLogWriter.Encoded> batch = new ArrayList<>();
        List<String> batchIds = new ArrayList<>();
        bar.start("jobs", source.count(OldDocuments.JOBS));
        try (CloseableIterator<Read> reads = source.read(OldDocuments.JOBS)) {
            while (reads.hasNext()) {
                Read read = reads.next();
                summary.jobsRead++;
                if (read.document() == null) {
                    rejectJob(read.where(), read.problem());
                    continue;
                }
                Mapped<OldJob> mapped = OldJob.map(read.document());
                String mongoId = mapped.mongoId();
                if (org.bson.types.ObjectId.isValid(mongoId) && !seenIds.add(mongoId)) {
                    rejectJob(mongoId, "duplicate _id: an earlier job document has it");
                    continue;
                }
                if (mapped instanceof Mapped.Rejected<OldJob> rejected) {
                    rejectJob(rejected.mongoId(), rejected.reason());
                    continue;
                }
                Mapped.Accepted<OldJob> accepted = (Mapped.Accepted<OldJob>) mapped;
                OldJob job = accepted.value();
                String userId = userIds.get(job.userMongoId());
                if (userId == null) {
                    rejectJob(job.mongoId(), rejectedUsers.contains(job.userMongoId())
                            ? "its user " + job.userMongoId() + " was rejected (see that line)"
                            : "user_id " + job.userMongoId() + " is no user of the old system");
                    continue;
                }
                noteNotCarried(OldDocuments.JOBS, accepted);
                if (progress.jobDone(job.mongoId())) {
                    summary.jobsAlreadyImported++;
                    bar.step(1, 0);
                    continue;
                }
                EventEnvelope created = EventEnvelope.of(MigrationIds.jobCreatedEventId(job.mongoId()),
                        settings.eventSource(), clock.instant(), userId, job.created());
                if (!settings.dryRun()) {
                    try {
                        // may read or make the user's key (the first job of a user matched to an existing
                        // account); DataKeysUnavailableException stops the run before this batch is appended
                        batch.add(log.encode(created));
                    } catch (PersonalDataErasedException e) {
                        rejectJob(job.mongoId(), erased(userId));
                        continue;
                    }
                }
                batchIds.add(job.mongoId());
                if (batchIds.size() >= settings.batchSize()) {
                    flush(batch, batchIds);
                }
            }
        }
        flush(batch, batchIds);
        bar.finish();
    }

    /** {@code batch} is empty in a dry run; {@code batchIds} names the documents either way. */
    private void flush(List<EventLogWriter.Encoded> batch, List<String> batchIds) {
        if (batchIds.isEmpty()) {
            return;
        }
        if (!settings.dryRun()) {
            log.appendEncoded(batch, Progress.Entry.jobs(List.copyOf(batchIds)));
        }
        summary.jobsImported += batchIds.size();
        bar.step(batchIds.size(), 0);
        batch.clear();
        batchIds.clear();
        if (!settings.batchPause().isZero()) {
            try {
                Thread.sleep(settings.batchPause().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static String erased(String userId) {
        return "the CareerVault account " + userId + " was deleted (its data key with it): nothing is imported "
                + "for a deleted account";
    }

    private void rejectUser(String id, String reason) {
        rejectedUsers.add(id);
        summary.usersRejected++;
        summary.rejected(reason);
        rejects.rejected(OldDocuments.USERS, id, reason);
        bar.step(1, 1);
    }

    private void rejectJob(String id, String reason) {
        summary.jobsRejected++;
        summary.rejected(reason);
        rejects.rejected(OldDocuments.JOBS, id, reason);
        bar.step(1, 1);
    }

    private void noteNotCarried(String collection, Mapped.Accepted<?> accepted) {
        if (!accepted.notCarried().isEmpty()) {
            rejects.notCarried(collection, accepted.mongoId(), "taken, but these fields have no place in "
                    + "CareerVault and were not carried over: " + String.join(", ", accepted.notCarried()));
        }
    }
}
