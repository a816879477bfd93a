package com.careervault.migration;

import com.careervault.contracts.identity.NameBasedUuid;
import java.util.UUID;

/**
 * The ids the migration gives what it creates: name-based UUIDs (version 5, SHA-1, RFC 9562 §5.5) of the old
 * document's {@code _id}, so that every run gives a document the same job id and event ids.
 */
public final class MigrationIds {

    /** The namespace of every name below; fixed forever, or reruns would create everything again. */
    static final UUID NAMESPACE = UUID.fromString("3f0d9a52-6c1e-4b8e-9d55-0b7c3a1e2f64");

    private MigrationIds() {
    }

    /** The CareerVault job id of the old job {@code _id} (24 hex digits). */
    public static String jobId(String mongoId) {
        return v5("mongodb/jobs/" + mongoId).toString();
    }

    /** The id of the {@code JobCreated} event of that job. */
    public static String jobCreatedEventId(String mongoId) {
        return v5("mongodb/jobs/" + mongoId + "/job-created").toString();
    }

    /** The id of the {@code UserRegistered} event of the old user {@code _id}. */
    public static String userRegisteredEventId(String mongoId) {
        return v5("mongodb/users/" + mongoId + "/user-registered").toString();
    }

    /** The id of the {@code UserPasswordResetRequested} event of the old user {@code _id}. */
    public static String passwordResetEventId(String mongoId) {
        return v5("mongodb/users/" + mongoId + "/password-reset-requested").toString();
    }

    static UUID v5(String name) {
        return v5(NAMESPACE, name);
    }

    /** A version 5 UUID of {@code name} in {@code namespace} (RFC 9562 §5.5). */
    static UUID v5(UUID namespace, String name) {
        return NameBasedUuid.v5(namespace, name);
    }
}
