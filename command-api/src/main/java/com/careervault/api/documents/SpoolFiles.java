package com.careervault.api.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The temporary files of uploads (written before they are checked and stored) and of account export archives
 * (written before they are sent): created in {@link DocumentsProperties#spoolDirectory()} (made if missing) and
 * deleted once the work on them ends, whether it completes, fails or is cancelled. File work runs on the bounded
 * elastic scheduler, never on the event loop.
 */
public final class SpoolFiles {

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

    /**
     * A new empty file, for work whose end {@link #using} cannot see (an answer's body streamed from it): the
     * caller deletes it with {@link #delete} however that work ends.
     *
     * @param prefix the start of the file's name, e.g. {@code "export-"}
     */
    public static Mono<Path> create(Path directory, String prefix) {
        return Mono.fromCallable(() -> {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, prefix, ".part");
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Deletes the file if it is still there. */
    public static Mono<Void> delete(Path spool) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the spool file " + spool, e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
