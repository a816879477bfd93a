package com.careervault.contracts.privacy;

/**
 * The key that wraps (encrypts) every user's data key before it is stored in the key table: a key from
 * configuration ({@link ConfiguredMasterKey}, local development and self-hosting) or an AWS KMS key
 * ({@link KmsMasterKey}, on AWS). The user id is bound to the wrapped key (associated data, or the KMS
 * encryption context), so a wrapped key copied to another user's item does not unwrap.
 */
public interface MasterKey extends AutoCloseable {

    /**
     * Encrypts a serialized data key (a Tink keyset, about 100 bytes).
     *
     * @throws DataKeysUnavailableException when the master key's service cannot be reached
     */
    byte[] wrap(byte[] dataKey, String userId);

    /**
     * Decrypts what {@link #wrap} returned for the same user.
     *
     * @throws java.security.GeneralSecurityException when it does not decrypt (another master key, another
     *         user's item, altered bytes)
     * @throws DataKeysUnavailableException when the master key's service cannot be reached
     */
    byte[] unwrap(byte[] wrapped, String userId) throws java.security.GeneralSecurityException;

    /** What the key is, for the start-up log: never the key itself. */
    String description();

    /** Releases a client the key owns; nothing by default. */
    @Override
    default void close() {
    }
}
