package com.careervault.api.account;

import com.careervault.api.documents.ContentAddressedStore;
import com.careervault.api.documents.DocumentsProperties;
import com.careervault.api.documents.ExportedDocument;
import com.careervault.api.documents.SpoolFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The account export as a ZIP ({@code GET /api/me/export.zip}): the entry {@value #JSON_ENTRY} (the JSON export)
 * and one entry per document version at its {@link ExportedDocument.Version#file()} path, with the bytes exactly
 * as stored (each checked against the version's SHA-256 while it is written).
 * <p>
 * <b>Spooled, not streamed:</b> the archive is written with {@link ZipOutputStream} (deflated entries) into a spool
 * file in {@code DOCUMENTS_SPOOL_DIR} first, and only then sent, streamed from the file with
 * {@link DataBufferUtils#read}. So a failure while it is made (S3 or DynamoDB down: 503) is still a proper
 * problem answer, not a cut connection, the answer has a {@code Content-Length}, and memory holds only the
 * buffers in flight (a few S3 chunks), never the archive. The price is disk: up to the user's quota plus the
 * JSON per export in flight. The file is deleted when the work on it fails or is cancelled, and once its bytes
 * are sent, fail or are cancelled (WebFlux subscribes to the answer's body as it writes the answer); only a
 * crash of the process leaves one behind.
 * <p>
 * File work runs on the bounded elastic scheduler, never on the event loop; entries are written one after the
 * other, the S3 bytes of one version at a time.
 */
@Component
public class ExportArchive {

    /** The JSON export's entry, the first of the archive. */
    public static final String JSON_ENTRY = "careervault-export.json";

    private static final Logger log = LoggerFactory.getLogger(ExportArchive.class);
    /** The chunks the spool file is read in. */
    private static final int READ_BUFFER = 64 * 1024;
    /** S3 chunks waiting to be written at most, per export. */
    private static final int PREFETCH = 8;

    private final ContentAddressedStore store;
    private final DocumentsProperties properties;

    public ExportArchive(ContentAddressedStore store, DocumentsProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * An archive ready to send.
     *
     * @param size its length in bytes
     * @param content its bytes, read from the spool file, which is deleted when they end, fail or are cancelled;
     *        subscribe once
     */
    public record Spooled(long size, Flux<DataBuffer> content) {
    }

    /**
     * Writes the archive to a spool file.
     *
     * @param userId the owner of the documents (the token's {@code sub})
     * @param exportedAt the JSON entry's time
     * @param json the JSON export's bytes, in order
     * @param documents the documents whose versions' bytes go in, at their {@code file} paths
     * @return the archive; errors: {@code DependencyUnavailableException} (503) when S3 does not answer, those of
     *         {@code json}, {@code IllegalStateException} when a stored object is not the version's bytes. The
     *         spool file is deleted on any error and on cancel
     */
    public Mono<Spooled> write(String userId, Instant exportedAt, Flux<ByteBuffer> json,
            List<ExportedDocument> documents) {
        return Mono.usingWhen(SpoolFiles.create(properties.spoolDirectory(), "export-"),
                spool -> zip(spool, userId, exportedAt, json, documents)
                        .then(Mono.fromCallable(() -> Files.size(spool)).subscribeOn(Schedulers.boundedElastic()))
                        .map(size -> new Spooled(size, send(spool))),
                // written: the file now lives as long as the answer's body
                spool -> Mono.empty(),
                (spool, error) -> SpoolFiles.delete(spool),
                SpoolFiles::delete);
    }

    private Mono<Void> zip(Path spool, String userId, Instant exportedAt, Flux<ByteBuffer> json,
            List<ExportedDocument> documents) {
        return Mono.usingWhen(
                Mono.fromCallable(() -> new Zip(spool)).subscribeOn(Schedulers.boundedElastic()),
                zip -> entry(zip, JSON_ENTRY, exportedAt, json, null)
                        .thenMany(Flux.fromIterable(documents).concatMapIterable(ExportedDocument::versions))
                        .concatMap(version -> entry(zip, version.file(), Instant.parse(version.version().createdAt()),
                                store.get(userId, version.version().sha256()), version.version().sha256()))
                        .then(Mono.<Void>fromRunnable(zip::finish).subscribeOn(Schedulers.boundedElastic())),
                zip -> close(zip), (zip, error) -> close(zip), this::close);
    }

    /** One entry; with {@code sha256}, the bytes must have that hash. */
    private static Mono<Void> entry(Zip zip, String name, Instant time, Flux<ByteBuffer> content, String sha256) {
        return Mono.fromRunnable(() -> zip.begin(name, time)).subscribeOn(Schedulers.boundedElastic())
                .thenMany(content.publishOn(Schedulers.boundedElastic(), PREFETCH).doOnNext(zip::write))
                .then(Mono.fromRunnable(() -> zip.end(sha256)));
    }

    private Mono<Void> close(Zip zip) {
        return Mono.<Void>fromRunnable(zip::close).subscribeOn(Schedulers.boundedElastic());
    }

    private static Flux<DataBuffer> send(Path spool) {
        return DataBufferUtils.read(spool, DefaultDataBufferFactory.sharedInstance, READ_BUFFER)
                .doFinally(signal -> SpoolFiles.delete(spool).subscribe(null,
                        e -> log.warn("could not delete the export spool file {}: {}", spool, e.toString())));
    }

    /**
     * The ZIP being written. Its methods are synchronized: entries are written one after another, but a cancel
     * closes it from another thread, possibly while a write is under way (which then fails, unseen).
     */
    private static final class Zip {

        private final ZipOutputStream out;
        private final MessageDigest digest;
        private String entry;

        Zip(Path spool) throws IOException {
            this.out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), READ_BUFFER));
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        synchronized void begin(String name, Instant time) {
            ZipEntry zipEntry = new ZipEntry(name);
            zipEntry.setLastModifiedTime(FileTime.from(time));
            entry = name;
            digest.reset();
            try {
                out.putNextEntry(zipEntry);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export archive", e);
            }
        }

        synchronized void write(ByteBuffer bytes) {
            ByteBuffer hashed = bytes.duplicate();
            digest.update(hashed);
            try {
                if (bytes.hasArray()) {
                    out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                } else {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.duplicate().get(copy);
                    out.write(copy);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export archive", e);
            }
        }

        synchronized void end(String sha256) {
            String found = HexFormat.of().formatHex(digest.digest());
            if (sha256 != null && !sha256.equals(found)) {
                throw new IllegalStateException("the stored object of " + entry + " has SHA-256 " + found
                        + ", not " + sha256);
            }
            try {
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export archive", e);
            }
        }

        /** Writes the central directory and closes the file: an error here fails the export. */
        synchronized void finish() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export archive", e);
            }
        }

        /** Closes the file if {@link #finish} did not (a failure or a cancel: the file is deleted anyway). */
        synchronized void close() {
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                log.debug("closing the export archive: {}", e.toString());
            }
        }
    }
}
