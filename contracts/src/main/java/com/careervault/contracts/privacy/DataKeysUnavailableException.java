package com.careervault.contracts.privacy;

/** The key table (or the master key's service) could not be reached: a transient failure, to retry. */
public class DataKeysUnavailableException extends RuntimeException {

    public DataKeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
