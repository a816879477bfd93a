package com.careervault.api.documents;

import com.careervault.api.auth.UserEvents;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.NotFoundException;
import com.careervault.contracts.events.DocumentVersionAdded;
import com.careervault.contracts.time.Timestamps;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Adds a version to the caller's library (docs/documents.md), in an order that leaves nothing behind when an
 * upload is refused:
 * <ol>
 * <li>the form's fields are checked (400 with the field);</li>
 * <li>the file is spooled to a temporary file, refused (413) as soon as it passes the size limit, and refused
 * when empty (400);</li>
 * <li>its type is found in its bytes ({@link DocumentTypes}: 415 when none of ours, or when the name claims
 * another of ours);</li>
 * <li>an existing document must be the caller's (404 otherwise, also for another user's id);</li>
 * <li>its size is reserved in the caller's quota with a conditional update (413), so parallel uploads cannot
 * overshoot it; only then does anything get stored:</li>
 * <li>the bytes go to the content-addressed store (stored once per user however many versions have them),
 * the version takes its number from the document's counter, its item is written, and
 * {@code careervault.document.version-added.v1} is appended.</li>
 * </ol>
 * When a step after the reservation fails, the reservation is released and a version item already written is
 * deleted; the object stays (another version may share its bytes; account deletion removes every object) and
 * the number taken is not reused.
 */
@Component
public class DocumentUploads {

    /** The longest document name, in code points. */
    public static final int NAME_MAX = 100;
    static final Set<String> KINDS = Set.of("resume", "cover_letter", "other");
    static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ContentAddressedStore store;
    private final LibraryStore library;
    private final DocumentTypes types;
    private final DocumentsProperties properties;
    private final UserEvents events;
    private final Clock clock;

    public DocumentUploads(ContentAddressedStore store, LibraryStore library, DocumentTypes types,
            DocumentsProperties properties, UserEvents events, Clock clock) {
        this.store = store;
        this.library = library;
        this.types = types;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The form of an upload, as sent (checked by {@link #check}).
     *
     * @param fileName the part's file name as the client sent it, or null
     * @param content the file's bytes, or null when the form has no part {@code file}
     */
    public record Form(String name, String kind, String documentId, String fileName, Flux<DataBuffer> content) {
    }

    /** The new version and its document as it is now. */
    public record Added(Document document, DocumentVersion version) {
    }

    /** Checks the form's fields, then adds the file as a new version (see the class comment). */
    public Mono<Added> upload(String userId, Form form) {
        Form checked;
        try {
            checked = check(form);
        } catch (InvalidRequestException e) {
            if (form.content() != null) {
                // the part is read by nobody else: drain it so its buffers are released
                return form.content().doOnNext(DataBufferUtils::release).then(Mono.error(e));
            }
            return Mono.error(e);
        }
        return SpoolFiles.using(properties.spoolDirectory(), "document-",
                spool -> spool(checked.content(), spool)
                        .flatMap(size -> detect(spool, checked.fileName())
                                .flatMap(type -> add(userId, checked, spool, size, type))));
    }

    private Mono<Added> add(String userId, Form form, Path spool, long size, DocumentType type) {
        Instant now = clock.instant();
        boolean newDocument = form.documentId() == null;
        String documentId = newDocument ? UUID.randomUUID().toString() : form.documentId();
        // a new version keeps its document's kind; another user's document is not found, like a missing one
        Mono<String> kind = newDocument ? Mono.just(form.kind()) : library.document(userId, documentId)
                .flatMap(found -> found.map(document -> Mono.just(document.kind()))
                        .orElseGet(() -> Mono.error(notFound())));
        String fileName = FileNames.sanitize(form.fileName(), type);
        return kind.flatMap(documentKind -> library.reserve(userId, size)
                        .then(Mono.defer(() -> storeAndRecord(userId, form, documentId, newDocument, documentKind,
                                        spool, type, fileName, now)
                                .onErrorResume(e -> library.release(userId, size)
                                        .onErrorResume(ignored -> Mono.empty())
                                        .then(Mono.error(e))))))
                .flatMap(version -> library.document(userId, documentId)
                        .map(document -> new Added(document.orElseThrow(), version)));
    }

    /** After the reservation: the bytes, the version's number and item, the event. */
    private Mono<DocumentVersion> storeAndRecord(String userId, Form form, String documentId, boolean newDocument,
            String kind, Path spool, DocumentType type, String fileName, Instant now) {
        Flux<DataBuffer> bytes = DataBufferUtils.read(spool, DefaultDataBufferFactory.sharedInstance, 64 * 1024,
                StandardOpenOption.READ);
        return store.put(userId, bytes, type.mediaType())
                // the spool had the same limit; kept so that the store's own refusal can never be a 500
                .onErrorMap(ObjectTooLargeException.class, e -> DocumentProblems.tooLarge(e.limitBytes()))
                .flatMap(stored -> (newDocument
                        ? library.createDocument(userId, documentId, form.name(), kind, now)
                        : library.nextVersion(userId, documentId, now).switchIfEmpty(Mono.error(notFound())))
                        .flatMap(number -> {
                            DocumentVersion version = new DocumentVersion(number, stored.sha256(), stored.size(),
                                    type.mediaType(), fileName, Timestamps.format(now));
                            return library.putVersion(userId, documentId, version)
                                    .then(events.append(userId, new DocumentVersionAdded(userId, documentId, number,
                                            stored.sha256(), stored.size(), type.mediaType(), kind)))
                                    .onErrorResume(e -> library.deleteVersion(userId, documentId, number)
                                            .onErrorResume(ignored -> Mono.empty())
                                            .then(Mono.error(e)))
                                    .thenReturn(version);
                        }));
    }

    /**
     * The form's fields: {@code name} 1 to {@value #NAME_MAX} code points without control characters (trimmed,
     * NFC), {@code kind} one of {@link #KINDS}, {@code document_id} a lowercase UUID when given, and a part
     * {@code file}. A new version of an existing document keeps the document's name and kind: {@code name} and
     * {@code kind} may then be left out, and are ignored when sent.
     */
    static Form check(Form form) {
        List<FieldProblem> problems = new ArrayList<>();
        String documentId = form.documentId() == null || form.documentId().isBlank() ? null
                : form.documentId().strip();
        if (documentId != null && !UUID_PATTERN.matcher(documentId).matches()) {
            problems.add(new FieldProblem("document_id", "must be a document's id (a UUID)"));
        }
        String name = form.name() == null ? null : Normalizer.normalize(form.name().strip(), Normalizer.Form.NFC);
        String kind = form.kind() == null ? null : form.kind().strip();
        if (documentId == null) {
            if (name == null || name.isEmpty()) {
                problems.add(new FieldProblem("name", "is required for a new document"));
            } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
                problems.add(new FieldProblem("name", "must be at most " + NAME_MAX + " characters"));
            } else if (name.codePoints().anyMatch(Character::isISOControl)) {
                problems.add(new FieldProblem("name", "must not contain control characters"));
            }
            if (kind == null || kind.isEmpty()) {
                problems.add(new FieldProblem("kind", "is required for a new document: resume, cover_letter or "
                        + "other"));
            } else if (!KINDS.contains(kind)) {
                problems.add(new FieldProblem("kind", "must be resume, cover_letter or other"));
            }
        }
        if (form.content() == null) {
            problems.add(new FieldProblem(DocumentProblems.FILE,
                    "is required: send the file as the multipart/form-data part 'file'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Form(name, kind, documentId, form.fileName(), form.content());
    }

    /** Writes the part to the spool file; 413 past the limit (the rest is not read), 400 when empty. */
    private Mono<Long> spool(Flux<DataBuffer> content, Path spool) {
        long limit = properties.maxFileSize().toBytes();
        AtomicLong size = new AtomicLong();
        Flux<DataBuffer> counted = content.map(buffer -> {
            if (size.addAndGet(buffer.readableByteCount()) > limit) {
                DataBufferUtils.release(buffer);
                throw new ObjectTooLargeException(limit);
            }
            return buffer;
        });
        return DataBufferUtils.write(counted, spool, StandardOpenOption.WRITE)
                .onErrorMap(ObjectTooLargeException.class, e -> DocumentProblems.tooLarge(e.limitBytes()))
                .then(Mono.fromCallable(size::get))
                .flatMap(bytes -> bytes == 0
                        ? Mono.error(new InvalidRequestException(DocumentProblems.FILE, "must not be empty"))
                        : Mono.just(bytes));
    }

    private Mono<DocumentType> detect(Path spool, String sentName) {
        return Mono.fromCallable(() -> {
            // the name only tells Markdown from text, and a contradiction between name and content
            String name = sentName == null ? "" : sentName.strip();
            Optional<DocumentType> found = types.detect(spool, name);
            if (found.isEmpty()) {
                throw DocumentProblems.unsupported();
            }
            Optional<DocumentType> claimed = DocumentType.claimedBy(name);
            boolean textual = found.get() == DocumentType.TEXT || found.get() == DocumentType.MARKDOWN;
            if (claimed.isPresent() && claimed.get() != found.get()
                    && !(textual && (claimed.get() == DocumentType.TEXT || claimed.get() == DocumentType.MARKDOWN))) {
                throw DocumentProblems.mismatch(found.get(), claimed.get());
            }
            return found.get();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such document");
    }
}
