package com.careervault.notifier.streams;

/** A record the notifier was about to write exceeds {@link RecordSizeLimit}: the input that caused it is dead-lettered. */
public final class RecordTooLargeToWriteException extends RuntimeException {

    public RecordTooLargeToWriteException(String what, int bytes, int limit) {
        super(what + " would be " + bytes + " bytes, over the notifier's limit of " + limit + " bytes");
    }
}
