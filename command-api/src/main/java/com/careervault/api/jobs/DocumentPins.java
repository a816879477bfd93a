package com.careervault.api.jobs;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.documents.Document;
import com.careervault.api.documents.DocumentVersion;
import com.careervault.api.documents.LibraryStore;
import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.NotFoundException;
import com.careervault.api.problems.UnknownReferenceException;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.FrozenPosting;
import com.careervault.contracts.events.JobDocumentsPinned;
import com.careervault.contracts.events.PinnedDocument;
import com.careervault.contracts.time.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Pins versions of the caller's library documents to one of their jobs ({@code job.documents-pinned}), decided
 * against a read model that has applied every event of the caller acknowledged before the call: the job must be
 * the caller's and live (404), each version one the caller's library has (422, read from
 * {@code CareerVault-Documents}, which the API writes before acknowledging an upload). The event names each
 * version by its hash too, so the job keeps pointing at the very bytes sent. A version already pinned keeps the
 * time it was first pinned; nothing is appended when the set does not change.
 */
@Component
public class DocumentPins {

    private final EventLog eventLog;
    private final JobStore jobs;
    private final LibraryStore library;
    private final ProjectorProgress progress;
    private final EventLogProperties events;
    private final Clock clock;

    public DocumentPins(EventLog eventLog, JobStore jobs, LibraryStore library, ProjectorProgress progress,
            EventLogProperties events, Clock clock) {
        this.eventLog = eventLog;
        this.jobs = jobs;
        this.library = library;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    Mono<JobCommands.Outcome> pin(String userId, String jobId, PinDocumentsRequest request, String ifMatch) {
        return progress.awaitCaughtUp(userId)
                .then(jobs.find(userId, jobId))
                .filter(found -> found.isPresent() && !found.get().deleted())
                .map(Optional::get)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No job " + jobId)))
                .doOnNext(job -> JobVersion.requireMatch(ifMatch, job.version()))
                .zipWhen(job -> library.library(userId))
                .flatMap(found -> {
                    StoredJob job = found.getT1();
                    Map<String, Document> documents = found.getT2().documents().stream()
                            .collect(Collectors.toMap(Document::documentId, Function.identity()));
                    List<PinnedDocumentView> current = job.view().documents() == null ? List.of()
                            : job.view().documents();
                    List<PinnedDocument> pinned = resolve(request.documents(), documents, current, clock.instant());
                    if (events(current).equals(pinned)) {
                        return Mono.just(new JobCommands.Outcome(JobAccepted.changed(jobId, List.of()), null,
                                job.version()));
                    }
                    String eventId = UUID.randomUUID().toString();
                    return eventLog.append(EventEnvelope.of(eventId, events.source(), clock.instant(), userId,
                                    new JobDocumentsPinned(jobId, pinned)))
                            .map(appended -> JobCommands.Outcome.appended(
                                    JobAccepted.changed(jobId, List.of(eventId)), appended));
                });
    }

    /** The requested versions as the event names them; 422 naming each one the library does not have. */
    private static List<PinnedDocument> resolve(List<PinDocumentsRequest.VersionReference> requested,
            Map<String, Document> documents, List<PinnedDocumentView> current, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        List<PinnedDocument> pinned = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            PinDocumentsRequest.VersionReference reference = requested.get(i);
            Document document = documents.get(reference.documentId());
            if (document == null) {
                problems.add(new FieldProblem("documents[" + i + "].document_id", "is not one of your documents"));
                continue;
            }
            Optional<DocumentVersion> version = document.versions().stream()
                    .filter(v -> v.version() == reference.version()).findFirst();
            if (version.isEmpty()) {
                problems.add(new FieldProblem("documents[" + i + "].version", "document " + document.documentId()
                        + " has versions 1 to " + document.latestVersion()));
                continue;
            }
            DocumentVersion v = version.get();
            Instant pinnedAt = current.stream()
                    .filter(p -> p.documentId().equals(document.documentId()) && p.version() == v.version())
                    .findFirst().map(p -> Timestamps.parse(p.pinnedAt())).orElse(now);
            pinned.add(new PinnedDocument(document.documentId(), v.version(), v.sha256(), v.size(), v.mediaType(),
                    document.kind(), pinnedAt));
        }
        if (!problems.isEmpty()) {
            throw new UnknownReferenceException(problems);
        }
        return pinned;
    }

    /** A job's pinned versions as events carry them (a restore's {@code documents}); empty when none. */
    static List<PinnedDocument> events(List<PinnedDocumentView> documents) {
        if (documents == null || documents.isEmpty()) {
            return List.of();
        }
        return documents.stream().map(p -> new PinnedDocument(p.documentId(), p.version(), p.sha256(), p.size(),
                p.mediaType(), p.kind(), Timestamps.parse(p.pinnedAt()))).toList();
    }

    /** A job's frozen posting as events carry it; null when none. */
    static FrozenPosting frozen(PostingAsApplied posting) {
        return posting == null ? null : new FrozenPosting(posting.jobDescription(), posting.url(),
                Timestamps.parse(posting.frozenAt()));
    }
}
