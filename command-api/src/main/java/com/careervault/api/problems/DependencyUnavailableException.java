package com.careervault.api.problems;

/** A service the API depends on (DynamoDB, Cognito) did not answer in time; answered 503 so the client retries. */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String what, Throwable cause) {
        super("The " + what + " is unavailable; retry later", cause);
    }
}
