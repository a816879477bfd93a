package com.careervault.api.interviews;

import com.careervault.api.contacts.ContactStore;
import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.events.AppendedEvent;
import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.NotFoundException;
import com.careervault.api.problems.UnknownReferenceException;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.interviews.InterviewLimits;
import com.careervault.contracts.interviews.InterviewOutcome;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns validated interview commands into events on the log, decided against a read model that has applied
 * every event of the caller acknowledged before the call ({@link ProjectorProgress}): the job must be the
 * caller's and live (404 otherwise, like the interview for changes), the contacts the caller's live contacts
 * (422), and a job has at most {@link InterviewLimits#PER_JOB_MAX} interviews (409). Nothing is appended
 * when a check fails. Interviews read from a job's {@code interview_at} ({@code legacy}) change with the job,
 * not here (409).
 */
@Component
public class InterviewCommands {

    private final EventLog eventLog;
    private final InterviewStore store;
    private final ContactStore contacts;
    private final EventLogProperties events;
    private final ProjectorProgress progress;
    private final Clock clock;

    public InterviewCommands(EventLog eventLog, InterviewStore store, ContactStore contacts,
            EventLogProperties events, ProjectorProgress progress, Clock clock) {
        this.eventLog = eventLog;
        this.store = store;
        this.contacts = contacts;
        this.events = events;
        this.progress = progress;
        this.clock = clock;
    }

    /** What a command did: the answer, and the event appended (null when nothing was). */
    record Outcome(InterviewAccepted answer, AppendedEvent lastEvent) {
    }

    Mono<Outcome> schedule(String userId, String jobId, Arrangement arrangement) {
        String interviewId = UUID.randomUUID().toString();
        return liveJob(userId, jobId)
                .then(store.itemsOfJob(userId, jobId))
                .flatMap(existing -> existing.size() >= InterviewLimits.PER_JOB_MAX
                        ? Mono.error(new ConflictException("interviews", "The job has "
                                + InterviewLimits.PER_JOB_MAX + " interviews, the most one job can have"))
                        : requireContacts(userId, arrangement.contactIds()))
                .then(Mono.defer(() -> append(userId, jobId, interviewId, arrangement.scheduled(jobId, interviewId))));
    }

    /** The whole new arrangement, unless it is the one the interview has (then nothing is appended). */
    Mono<Outcome> reschedule(String userId, String jobId, String interviewId, InterviewPatchRequest patch) {
        return changeable(userId, jobId, interviewId).flatMap(current -> {
            Arrangement now = Arrangement.of(current);
            Arrangement next = patch.applyTo(now, current.localStart());
            if (next.equals(now)) {
                return Mono.just(new Outcome(new InterviewAccepted(jobId, interviewId, List.of()), null));
            }
            return requireContacts(userId, next.contactIds())
                    .then(Mono.defer(() -> append(userId, jobId, interviewId, next.rescheduled(jobId, interviewId))));
        });
    }

    Mono<Outcome> cancel(String userId, String jobId, String interviewId) {
        return changeable(userId, jobId, interviewId)
                .flatMap(current -> append(userId, jobId, interviewId, new InterviewCancelled(jobId, interviewId)));
    }

    /** Any interview of a live job, legacy ones too, but not a cancelled one (it was not held). */
    Mono<Outcome> recordOutcome(String userId, String jobId, String interviewId, InterviewOutcome outcome) {
        return existing(userId, jobId, interviewId).flatMap(current -> {
            if (Interviews.CANCELLED.equals(current.status())) {
                return Mono.error(new ConflictException("interview_id",
                        "The interview " + interviewId + " is cancelled: it has no outcome"));
            }
            return append(userId, jobId, interviewId, new InterviewOutcomeRecorded(jobId, interviewId, outcome));
        });
    }

    /** A scheduled, non-legacy interview of a live job of the caller. */
    private Mono<InterviewView> changeable(String userId, String jobId, String interviewId) {
        return existing(userId, jobId, interviewId).flatMap(current -> {
            if (current.legacy()) {
                return Mono.error(new ConflictException("interview_id", "The interview " + interviewId
                        + " is the job's interview_at: change or remove interview_at on the job instead"));
            }
            if (Interviews.CANCELLED.equals(current.status())) {
                return Mono.error(new ConflictException("interview_id",
                        "The interview " + interviewId + " is cancelled: schedule a new one"));
            }
            return Mono.just(current);
        });
    }

    private Mono<InterviewView> existing(String userId, String jobId, String interviewId) {
        return liveJob(userId, jobId)
                .then(store.find(userId, jobId, interviewId))
                .flatMap(found -> found.isEmpty()
                        ? Mono.<InterviewView>error(new NotFoundException("No interview " + interviewId))
                        : Mono.just(InterviewView.of(found.get())));
    }

    /** Completes when the job is live and the caller's, after the projector caught up with the caller. */
    private Mono<Void> liveJob(String userId, String jobId) {
        return progress.awaitCaughtUp(userId)
                .then(store.jobIsLive(userId, jobId))
                .flatMap(live -> live ? Mono.<Void>empty() : Mono.error(new NotFoundException("No job " + jobId)));
    }

    /** 422 naming each of {@code contactIds} that is not a live contact of the caller. */
    private Mono<Void> requireContacts(String userId, List<String> contactIds) {
        return contacts.notContactsOf(userId, contactIds).flatMap(unknown -> {
            if (unknown.isEmpty()) {
                return Mono.<Void>empty();
            }
            List<FieldProblem> problems = unknown.stream()
                    .map(id -> new FieldProblem("contact_ids[" + contactIds.indexOf(id) + "]",
                            "is not one of your contacts"))
                    .toList();
            return Mono.error(new UnknownReferenceException(problems));
        });
    }

    private Mono<Outcome> append(String userId, String jobId, String interviewId, CareerVaultEvent event) {
        String eventId = UUID.randomUUID().toString();
        return eventLog.append(EventEnvelope.of(eventId, events.source(), clock.instant(), userId, event))
                .map(appended -> new Outcome(new InterviewAccepted(jobId, interviewId, List.of(eventId)), appended));
    }
}
