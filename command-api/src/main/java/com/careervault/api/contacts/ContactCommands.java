package com.careervault.api.contacts;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.events.AppendedEvent;
import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.jobs.JobStore;
import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.NotFoundException;
import com.careervault.api.problems.UnknownReferenceException;
import com.careervault.contracts.contacts.ContactLimits;
import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.ContactAdded;
import com.careervault.contracts.events.ContactChanged;
import com.careervault.contracts.events.ContactContacted;
import com.careervault.contracts.events.ContactRemoved;
import com.careervault.contracts.events.EventEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns validated contact commands into events on the log ({@code contact.added}, {@code .changed},
 * {@code .removed}, {@code .contacted}). Every command is decided against a read model that has applied every
 * event of the caller acknowledged before it ({@link ProjectorProgress}): a contact the caller does not have is a
 * 404, a job in {@code job_ids} that is not a live job of the caller a 422, and nothing is published then.
 */
@Component
public class ContactCommands {

    private final EventLog eventLog;
    private final EventLogProperties events;
    private final ContactStore contacts;
    private final JobStore jobs;
    private final ProjectorProgress progress;
    private final Clock clock;

    public ContactCommands(EventLog eventLog, EventLogProperties events, ContactStore contacts, JobStore jobs,
            ProjectorProgress progress, Clock clock) {
        this.eventLog = eventLog;
        this.events = events;
        this.contacts = contacts;
        this.jobs = jobs;
        this.progress = progress;
        this.clock = clock;
    }

    /** What a command did: the contact, and the event appended (null when nothing changed). */
    record Outcome(String contactId, AppendedEvent event) {

        ContactAccepted answer() {
            return new ContactAccepted(contactId, event == null ? null : event.eventId());
        }
    }

    /**
     * @throws ConflictException (409) when the caller has {@link ContactLimits#PER_USER_MAX} contacts already
     */
    Mono<Outcome> add(String userId, ContactFields fields) {
        String contactId = UUID.randomUUID().toString();
        return progress.awaitCaughtUp(userId)
                .then(contacts.all(userId))
                .flatMap(existing -> existing.size() >= ContactLimits.PER_USER_MAX
                        ? Mono.error(new ConflictException("contact_id", "The account has "
                                + ContactLimits.PER_USER_MAX + " contacts, the most it may keep; remove one first"))
                        : requireLiveJobs(userId, fields.jobIds()))
                .then(Mono.defer(() -> append(userId, contactId, new ContactAdded(userId, contactId, fields.name(),
                        fields.role(), fields.company(), fields.email(), fields.phone(), fields.profileUrl(),
                        fields.notes(), fields.jobIds()))));
    }

    /** The contact's details after the patch, as one {@code contact.changed}; nothing when they are the same. */
    Mono<Outcome> change(String userId, String contactId, UpdateContactRequest patch) {
        return live(userId, contactId).flatMap(current -> {
            ContactFields now = new ContactFields(current.name(), current.role(), current.company(),
                    current.email(), current.phone(), current.profileUrl(), current.notes(), current.jobIds());
            ContactFields next = patch.applyTo(current);
            if (next.equals(now)) {
                return Mono.just(new Outcome(contactId, null));
            }
            // only new links must be live jobs: a link to a job deleted since stays until the caller drops it
            List<String> added = next.jobIds().stream().filter(id -> !now.jobIds().contains(id)).toList();
            return requireLiveJobs(userId, added).then(Mono.defer(() -> append(userId, contactId,
                    new ContactChanged(userId, contactId, next.name(), next.role(), next.company(), next.email(),
                            next.phone(), next.profileUrl(), next.notes(), next.jobIds()))));
        });
    }

    Mono<Outcome> remove(String userId, String contactId) {
        return live(userId, contactId).flatMap(current -> append(userId, contactId,
                new ContactRemoved(userId, contactId)));
    }

    /** The caller was in touch with the contact at {@code at} (now when null). */
    Mono<Outcome> contacted(String userId, String contactId, Instant at) {
        Instant when = at == null ? clock.instant() : at;
        return live(userId, contactId).flatMap(current -> append(userId, contactId,
                new ContactContacted(userId, contactId, when)));
    }

    /** The contact as it stands after every event acknowledged before this call; 404 when the caller has none. */
    Mono<ContactView> live(String userId, String contactId) {
        return progress.awaitCaughtUp(userId)
                .then(contacts.find(userId, contactId))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No contact " + contactId)));
    }

    private Mono<Void> requireLiveJobs(String userId, List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return Mono.empty();
        }
        return jobs.liveJobIds(userId, jobIds).flatMap(live -> {
            List<String> unknown = jobIds.stream().filter(id -> !live.contains(id)).toList();
            return unknown.isEmpty() ? Mono.empty() : Mono.error(new UnknownReferenceException(List.of(
                    new FieldProblem("job_ids", "the caller has no job " + String.join(", ", unknown)))));
        });
    }

    private Mono<Outcome> append(String userId, String contactId, CareerVaultEvent event) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID().toString(), events.source(), clock.instant(),
                userId, event);
        return eventLog.append(envelope).map(appended -> new Outcome(contactId, appended));
    }
}
