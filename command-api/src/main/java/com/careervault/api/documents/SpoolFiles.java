package com.careervault.api.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The temporary file an upload is written to before it is checked and stored: created in
 * {@link DocumentsProperties#spoolDirectory()} (made if missing) and deleted once the work on it ends, whether it
 * completes, fails or is cancelled. File work runs on the bounded elastic scheduler, never on the event loop.
 */
final class SpoolFiles {

    private SpoolFiles() {
    }

    /**
     * @param directory where the file is created
     * @param prefix the start of the file's name (which upload path it belongs to), e.g. {@code "upload-"}
     * @param work what is done with the file; its outcome is the result
     * @return the outcome of {@code work}, after the file is deleted
     */
    static <T> Mono<T> using(Path directory, String prefix, Function<Path, Mono<T>> work) {
        return Mono.usingWhen(create(directory, prefix), work, SpoolFiles::delete,
                (spool, error) -> delete(spool), SpoolFiles::delete);
    }

    private static Mono<Path> create(Path directory, String prefix) {
        return Mono.fromCallable(() -> {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, prefix, ".part");
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static Mono<Void> delete(Path spool) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the upload spool file " + spool, e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
