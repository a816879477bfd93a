package com.careervault.projector.eventlog;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.ContactAdded;
import com.careervault.contracts.events.ContactChanged;
import com.careervault.contracts.events.ContactContacted;
import com.careervault.contracts.events.ContactRemoved;
import com.careervault.contracts.events.DocumentVersionAdded;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.events.InterviewRescheduled;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobDocumentsPinned;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerificationRequested;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.contracts.events.UserSignUpAttempted;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.events.ReminderSent;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.projector.contacts.ContactProjection;
import com.careervault.projector.erasure.RemindersSentProjection;
import com.careervault.projector.erasure.UserErasure;
import com.careervault.projector.interviews.InterviewProjection;
import com.careervault.projector.jobs.CompanySearchProjection;
import com.careervault.projector.jobs.JobEnrichmentProjection;
import com.careervault.projector.jobs.JobProjection;
import com.careervault.projector.jobs.JobTagsProjection;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionMetrics;
import com.careervault.projector.readmodel.ProjectionOutcome;
import com.careervault.projector.readmodel.TransientFailureRetry;
import com.careervault.projector.users.UserProjection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one event, read at a given log position, to the read model:
 * retried while DynamoDB fails transiently, idempotent by position.
 */
@Component
public class EventProjection {

    private static final Logger log = LoggerFactory.getLogger(EventProjection.class);

    private final JobProjection jobs;
    private final JobEnrichmentProjection enrichments;
    private final CompanySearchProjection companySearch;
    private final JobTagsProjection jobTags;
    private final UserProjection users;
    private final UserErasure erasure;
    private final RemindersSentProjection remindersSent;
    private final TransientFailureRetry retry;
    private final ProjectionMetrics metrics;
    private final InterviewProjection interviews;
    private final ContactProjection contacts;

    public EventProjection(JobProjection jobs, JobEnrichmentProjection enrichments,
            CompanySearchProjection companySearch, JobTagsProjection jobTags, UserProjection users,
            UserErasure erasure, RemindersSentProjection remindersSent, TransientFailureRetry retry,
            ProjectionMetrics metrics, InterviewProjection interviews, ContactProjection contacts) {
        this.interviews = interviews;
        this.contacts = contacts;
        this.enrichments = enrichments;
        this.erasure = erasure;
        this.remindersSent = remindersSent;
        this.jobs = jobs;
        this.companySearch = companySearch;
        this.jobTags = jobTags;
        this.users = users;
        this.retry = retry;
        this.metrics = metrics;
    }

    public CompletableFuture<ProjectionOutcome> apply(EventEnvelope event, LogPosition position) {
        String what = event.type() + " " + event.id() + " at " + position;
        return retry.call(what, () -> write(event, position)).thenApply(outcome -> {
            metrics.record(outcome);
            if (outcome == ProjectionOutcome.SKIPPED) {
                log.debug("skipped {}: already applied, stale or about a job that is gone", what);
            }
            return outcome;
        });
    }

    private CompletableFuture<ProjectionOutcome> write(EventEnvelope event, LogPosition position) {
        CareerVaultEvent data = event.data();
        // the index entries (company search, tags) first, the job item last: its position marks the event as
        // fully applied, and both indexes decide from the job item as it was before the event
        if (data instanceof JobCreated created) {
            return indexesThenJob(companySearch.created(event, created, position),
                    jobTags.created(event, created, position), interviews.jobCreated(event, created, position),
                    () -> jobs.created(event, created, position));
        } else if (data instanceof JobUpdated updated) {
            return indexesThenJob(companySearch.updated(event, updated, position),
                    jobTags.updated(event, updated, position), interviews.jobUpdated(event, updated, position),
                    () -> jobs.updated(event, updated, position));
        } else if (data instanceof JobStatusChanged changed) {
            return indexesThenJob(companySearch.statusChanged(event, changed, position),
                    jobTags.statusChanged(event, changed, position),
                    () -> jobs.statusChanged(event, changed, position));
        } else if (data instanceof JobDeleted deleted) {
            return indexesThenJob(companySearch.deleted(event, deleted, position),
                    jobTags.deleted(event, deleted, position), () -> jobs.deleted(event, deleted, position));
        } else if (data instanceof JobRestored restored) {
            // a restore is the creation of the same job again (see JobProjection#restored)
            return indexesThenJob(companySearch.restored(event, restored, position),
                    jobTags.restored(event, restored, position), () -> jobs.restored(event, restored, position));
        } else if (data instanceof JobEnriched enriched) {
            // the job item only: no index entry shows an enrichment
            return enrichments.enriched(event, enriched, position);
        } else if (data instanceof JobDocumentsPinned pinned) {
            // the job item only: no index entry shows the documents
            return jobs.documentsPinned(event, pinned, position);
        } else if (data instanceof InterviewScheduled scheduled) {
            return interviews.scheduled(event, scheduled, position);
        } else if (data instanceof InterviewRescheduled rescheduled) {
            return interviews.rescheduled(event, rescheduled, position);
        } else if (data instanceof InterviewCancelled cancelled) {
            return interviews.cancelled(event, cancelled, position);
        } else if (data instanceof InterviewOutcomeRecorded recorded) {
            // a held interview raises its contacts' last_contacted_at first (a maximum: idempotent, in any order),
            // then the interview item records the position, so a redelivery after a crash between them redoes both
            return contacts.outcomeRecorded(event, recorded, position)
                    .thenCompose(raised -> interviews.outcomeRecorded(event, recorded, position));
        } else if (data instanceof UserRegistered registered) {
            return users.registered(event, registered, position);
        } else if (data instanceof UserPreferencesChanged changed) {
            return users.preferencesChanged(event, changed, position);
        } else if (data instanceof UserEmailVerified verified) {
            return users.emailVerified(event, verified, position);
        } else if (data instanceof UserEmailChanged changed) {
            return users.emailChanged(event, changed, position);
        } else if (data instanceof UserDeleted deleted) {
            return erasure.erase(event, deleted, position);
        } else if (data instanceof ReminderSent sent) {
            return remindersSent.sent(event, sent, position);
        } else if (data instanceof ContactAdded added) {
            return contacts.added(event, added, position);
        } else if (data instanceof ContactChanged changed) {
            return contacts.changed(event, changed, position);
        } else if (data instanceof ContactRemoved removed) {
            return contacts.removed(event, removed, position);
        } else if (data instanceof ContactContacted contacted) {
            return contacts.contacted(event, contacted, position);
        } else if (data instanceof UserEmailVerificationRequested || data instanceof UserPasswordResetRequested
                || data instanceof UserPasswordChanged || data instanceof UserSignUpAttempted) {
            // mail to send (the notifier's), nothing the read model shows
            return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
        } else if (data instanceof DocumentVersionAdded) {
            // the library lives in CareerVault-Documents, written by the API with the names the event leaves out
            return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
        } else if (data instanceof UserResumeChanged) {
            // the enricher's trigger; the resume itself lives in CareerVault-Resumes, written by the API
            return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
        }
        throw new IllegalStateException("no projection for " + data.getClass().getName());
    }

    /** The job's write once both index updates are done; a failure of either fails (and retries) the event. */
    private static CompletableFuture<ProjectionOutcome> indexesThenJob(CompletableFuture<Void> companySearch,
            CompletableFuture<Void> tags, Supplier<CompletableFuture<ProjectionOutcome>> job) {
        return CompletableFuture.allOf(companySearch, tags).thenCompose(ignored -> job.get());
    }

    /** The same with the job's legacy interview ({@code interview_at}) written before the job item too. */
    private static CompletableFuture<ProjectionOutcome> indexesThenJob(CompletableFuture<Void> companySearch,
            CompletableFuture<Void> tags, CompletableFuture<Void> legacyInterview,
            Supplier<CompletableFuture<ProjectionOutcome>> job) {
        return CompletableFuture.allOf(companySearch, tags, legacyInterview).thenCompose(ignored -> job.get());
    }
}
