package com.careervault.enricher.eventlog;

/**
 * DynamoDB or the data keys could not be reached within the in-place retries: the poll fails, its transaction
 * is aborted, and the container delivers it again (never skipped, never dead-lettered).
 */
public class EnrichmentUnavailableException extends RuntimeException {

    public EnrichmentUnavailableException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
