package com.careervault.contracts.privacy;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsAsyncClient;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * An AWS KMS symmetric key as the master key (env {@code DATA_KEYS_KMS_KEY_ARN}): each data key is sent to
 * KMS {@code Encrypt} once, when it is created, and to {@code Decrypt} when a process first needs it (then
 * it is cached). The user id is the encryption context ({@code {"user_id": ...}}), which KMS binds to the
 * ciphertext and logs in CloudTrail. IAM: {@code kms:Encrypt} and {@code kms:Decrypt} on the key
 * (docs/aws.md). A data key is far below KMS's 4,096-byte plaintext limit.
 *
 * @see <a href="https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html">KMS Encrypt</a>
 * @see <a href="https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html">Encryption context</a>
 */
public final class KmsMasterKey implements MasterKey {

    static final String CONTEXT_KEY = "user_id";

    private final KmsAsyncClient kms;
    private final String keyArn;
    private final boolean ownsClient;

    /** With a client the caller closes. */
    public KmsMasterKey(KmsAsyncClient kms, String keyArn) {
        this(kms, keyArn, false);
    }

    /** @param ownsClient whether {@link #close} closes the client */
    public KmsMasterKey(KmsAsyncClient kms, String keyArn, boolean ownsClient) {
        if (keyArn == null || keyArn.isBlank()) {
            throw new IllegalArgumentException("DATA_KEYS_KMS_KEY_ARN is empty");
        }
        this.kms = kms;
        this.keyArn = keyArn.trim();
        this.ownsClient = ownsClient;
    }

    @Override
    public void close() {
        if (ownsClient) {
            kms.close();
        }
    }

    @Override
    public byte[] wrap(byte[] dataKey, String userId) {
        try {
            return kms.encrypt(request -> request.keyId(keyArn)
                            .encryptionAlgorithm(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT)
                            .encryptionContext(Map.of(CONTEXT_KEY, userId))
                            .plaintext(SdkBytes.fromByteArray(dataKey)))
                    .join().ciphertextBlob().asByteArray();
        } catch (CompletionException e) {
            throw unavailable("Encrypt", e);
        }
    }

    @Override
    public byte[] unwrap(byte[] wrapped, String userId) throws GeneralSecurityException {
        try {
            return kms.decrypt(request -> request.keyId(keyArn)
                            .encryptionAlgorithm(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT)
                            .encryptionContext(Map.of(CONTEXT_KEY, userId))
                            .ciphertextBlob(SdkBytes.fromByteArray(wrapped)))
                    .join().plaintext().asByteArray();
        } catch (CompletionException e) {
            // the ciphertext is not this key's, or not this user's: no retry will change that
            if (e.getCause() instanceof InvalidCiphertextException || e.getCause() instanceof IncorrectKeyException) {
                throw new GeneralSecurityException("KMS refused to decrypt the data key of user " + userId + ": "
                        + e.getCause().getMessage());
            }
            throw unavailable("Decrypt", e);
        }
    }

    /** Anything else (network, throttling, access denied, a disabled key) is an outage of the key service. */
    private DataKeysUnavailableException unavailable(String operation, CompletionException e) {
        Throwable cause = e.getCause() instanceof SdkException ? e.getCause() : e;
        return new DataKeysUnavailableException("KMS " + operation + " with " + keyArn + " failed: " + cause, cause);
    }

    @Override
    public String description() {
        return "the AWS KMS key " + keyArn;
    }
}
