package com.careervault.migration;

import java.util.Iterator;
import org.bson.Document;

/**
 * The old system's two collections, read one document at a time (never all in memory). A document that cannot
 * even be read (a line of a file that is not Extended JSON) comes as a {@link Read} with a problem, so that it
 * is reported like any other reject.
 */
interface OldDocuments extends AutoCloseable {

    String USERS = "users";
    String JOBS = "jobs";

    /** The documents of {@code collection} ({@link #USERS} or {@link #JOBS}); the caller closes the iterator. */
    CloseableIterator<Read> read(String collection);

    /** How many documents {@code collection} has, for the progress bar; -1 when not known in advance. */
    long count(String collection);

    @Override
    void close();

    /**
     * One document, or why there is none where one was expected.
     *
     * @param where for a problem: where in the source ("jobs.json line 7")
     */
    record Read(Document document, String where, String problem) {

        static Read of(Document document) {
            return new Read(document, null, null);
        }

        static Read unreadable(String where, String problem) {
            return new Read(null, where, problem);
        }
    }

    interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
        @Override
        void close();
    }
}
