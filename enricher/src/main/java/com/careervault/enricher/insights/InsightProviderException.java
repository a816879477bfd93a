package com.careervault.enricher.insights;

/**
 * A provider could not give insights; {@link #reason()} is the {@code JobEnriched.degraded_reason} recorded
 * when the enricher falls back to the lexical provider: {@code timeout}, {@code provider-error} (an HTTP error,
 * a refused connection, a blocked answer) or {@code invalid-answer} (output that is not JSON of the schema).
 */
public class InsightProviderException extends Exception {

    private final String reason;

    public InsightProviderException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public InsightProviderException(String reason, String message) {
        this(reason, message, null);
    }

    public String reason() {
        return reason;
    }
}
