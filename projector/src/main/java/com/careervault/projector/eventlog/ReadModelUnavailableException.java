package com.careervault.projector.eventlog;

/** A poll could not be fully applied because DynamoDB kept failing; the poll is redelivered, never skipped. */
public class ReadModelUnavailableException extends RuntimeException {

    public ReadModelUnavailableException(Throwable cause) {
        super("the read model could not be written: " + cause, cause);
    }
}
