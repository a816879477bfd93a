package com.careervault.contracts.privacy;

/**
 * The per-user data keys that encrypt the personal fields of a user's events (crypto-shredding: deleting a
 * user's key makes their events in the log unreadable without rewriting the log). Keys live in a table of
 * their own, wrapped by a master key (from configuration locally, AWS KMS on AWS).
 */
public interface DataKeys {

    /**
     * Deletes the user's key, for good: every event of the user with encrypted fields becomes unreadable,
     * and consumers treat it as belonging to a deleted user. Idempotent.
     *
     * @throws DataKeysUnavailableException when the key table cannot be reached (nothing was deleted, or
     *         the deletion is unknown; calling again is safe)
     */
    void delete(String userId);
}
