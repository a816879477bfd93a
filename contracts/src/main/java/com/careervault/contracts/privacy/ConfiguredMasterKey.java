package com.careervault.contracts.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A master key given in configuration (env {@code DATA_KEYS_MASTER_KEY}): either 32 random bytes in base64
 * (an AES256-GCM key; {@code openssl rand -base64 32}) or a Tink AEAD keyset in Tink's JSON format
 * ({@code tinkey create-keyset --key-template AES256_GCM}), which allows rotating the master key: every key
 * of the keyset unwraps, the primary one wraps. Whoever holds this value can read every user's data.
 */
public final class ConfiguredMasterKey implements MasterKey {

    /**
     * The devstack's and the tests' master key: public, so it protects nothing. Its bytes spell
     * "devstack-key-NOT-FOR-PRODUCTION!".
     */
    public static final String DEVSTACK_NOT_FOR_PRODUCTION = Base64.getEncoder()
            .encodeToString("devstack-key-NOT-FOR-PRODUCTION!".getBytes(StandardCharsets.US_ASCII));

    private static final int KEY_BYTES = 32;

    private final Aead aead;
    private final String description;

    /**
     * @param value base64 of 32 bytes, or a Tink AEAD keyset as JSON
     * @throws IllegalArgumentException when it is neither (the message never contains the value)
     */
    public ConfiguredMasterKey(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no master key: set DATA_KEYS_MASTER_KEY (base64 of 32 random bytes,"
                    + " or a Tink AEAD keyset as JSON) or DATA_KEYS_KMS_KEY_ARN");
        }
        String trimmed = value.trim();
        try {
            AeadConfig.register();
            KeysetHandle keyset = trimmed.startsWith("{")
                    ? TinkJsonProtoKeysetFormat.parseKeyset(trimmed, InsecureSecretKeyAccess.get())
                    : rawKey(trimmed);
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.description = trimmed.startsWith("{") ? "a configured Tink keyset" : "a configured AES256-GCM key";
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("DATA_KEYS_MASTER_KEY is not a Tink AEAD keyset: " + e.getMessage());
        }
    }

    private static KeysetHandle rawKey(String base64) throws GeneralSecurityException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DATA_KEYS_MASTER_KEY is neither base64 nor a Tink keyset (JSON)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("DATA_KEYS_MASTER_KEY must be " + KEY_BYTES + " bytes in base64, not "
                    + bytes.length);
        }
        AesGcmKey key = AesGcmKey.builder()
                .setParameters(AesGcmParameters.builder()
                        .setKeySizeBytes(KEY_BYTES)
                        .setIvSizeBytes(12)
                        .setTagSizeBytes(16)
                        .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                        .build())
                .setKeyBytes(SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))
                .build();
        return KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                .build();
    }

    @Override
    public byte[] wrap(byte[] dataKey, String userId) {
        try {
            return aead.encrypt(dataKey, userId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public byte[] unwrap(byte[] wrapped, String userId) throws GeneralSecurityException {
        return aead.decrypt(wrapped, userId.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String description() {
        return description;
    }
}
