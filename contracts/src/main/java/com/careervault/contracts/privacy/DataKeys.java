package com.careervault.contracts.privacy;

import com.google.crypto.tink.Aead;
import java.util.Optional;

/**
 * The per-user data keys that encrypt the personal fields of a user's events (crypto-shredding: deleting a
 * user's key makes their events in the log unreadable without rewriting the log). Keys live in a table of
 * their own, wrapped by a master key (from configuration locally, AWS KMS on AWS). Implementations cache
 * keys for a bounded time (at most about a minute), so a key deleted by another process is no longer used
 * here after that time; the process that deletes it stops at once.
 */
public interface DataKeys {

    /**
     * The user's key, created on first use. Two processes creating the same user's key at the same time
     * end with the same key (a conditional write decides; the loser reads the winner's key). May block on a
     * call to the key table (and the master key's service) when the key is not cached here.
     *
     * @return an AEAD (AES256-GCM) whose ciphertexts name the key (Tink's prefix)
     * @throws PersonalDataErasedException when the user's key was deleted: nothing new is written for a
     *         deleted user
     * @throws DataKeysUnavailableException when the key table or the master key cannot be reached
     */
    Aead keyFor(String userId);

    /**
     * The user's key if it exists, without creating one. May block like {@link #keyFor}.
     *
     * @return empty when the user has no key: never had one, or it was deleted
     * @throws DataKeysUnavailableException when the key table or the master key cannot be reached
     */
    Optional<Aead> existing(String userId);

    /**
     * Whether {@link #keyFor} and {@link #existing} would answer for this user from memory, without a call
     * to the key table: callers on an event loop use it to decide whether to move to a worker thread.
     */
    boolean isCached(String userId);

    /**
     * Deletes the user's key, for good: every event of the user with encrypted fields becomes unreadable,
     * and consumers treat it as belonging to a deleted user. Idempotent. The key is evicted from this
     * process's cache at once; other processes stop using it when their cache entry expires.
     *
     * @throws DataKeysUnavailableException when the key table cannot be reached (nothing was deleted, or
     *         the deletion is unknown; calling again is safe)
     */
    void delete(String userId);
}
