package com.careervault.contracts.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kms.KmsAsyncClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptRequest;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * The two master keys. KMS is tested against a stand-in client that records the requests: there is no KMS
 * emulator in the devstack, so what is proven is the requests we send (key, context, algorithm) and how
 * KMS's answers and failures are mapped, not KMS itself.
 */
class MasterKeyTest {

    private static final byte[] DATA_KEY = "a serialized keyset".getBytes(StandardCharsets.UTF_8);

    @Test
    void aConfiguredKeyWrapsForOneUserOnly() throws GeneralSecurityException {
        MasterKey key = new ConfiguredMasterKey(ConfiguredMasterKey.DEVSTACK_NOT_FOR_PRODUCTION);

        byte[] wrapped = key.wrap(DATA_KEY, "user-1");

        assertThat(key.unwrap(wrapped, "user-1")).isEqualTo(DATA_KEY);
        assertThatThrownBy(() -> key.unwrap(wrapped, "user-2")).isInstanceOf(GeneralSecurityException.class);
        MasterKey other = new ConfiguredMasterKey(Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> other.unwrap(wrapped, "user-1")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theDevstackKeySaysWhatItIs() {
        assertThat(new String(Base64.getDecoder().decode(ConfiguredMasterKey.DEVSTACK_NOT_FOR_PRODUCTION),
                StandardCharsets.US_ASCII)).contains("NOT-FOR-PRODUCTION");
    }

    @Test
    void aConfiguredKeyMayBeATinkKeyset() throws GeneralSecurityException {
        String keyset = """
                {"primaryKeyId":1,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey",\
                "value":"GiAAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHw==","keyMaterialType":"SYMMETRIC"},\
                "status":"ENABLED","keyId":1,"outputPrefixType":"TINK"}]}""";
        MasterKey key = new ConfiguredMasterKey(keyset);

        assertThat(key.unwrap(key.wrap(DATA_KEY, "u"), "u")).isEqualTo(DATA_KEY);
        assertThat(key.description()).contains("keyset");
    }

    @Test
    void aMissingOrMalformedKeyStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> new ConfiguredMasterKey("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATA_KEYS_MASTER_KEY");
        assertThatThrownBy(() -> new ConfiguredMasterKey(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new ConfiguredMasterKey("secret-but-not-base64"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret-but-not-base64");
    }

    @Test
    void kmsGetsTheKeyArnAndTheUserAsEncryptionContext() throws GeneralSecurityException {
        AtomicReference<EncryptRequest> encrypt = new AtomicReference<>();
        AtomicReference<DecryptRequest> decrypt = new AtomicReference<>();
        KmsAsyncClient kms = new StandInKms() {
            @Override
            public CompletableFuture<EncryptResponse> encrypt(EncryptRequest request) {
                encrypt.set(request);
                return CompletableFuture.completedFuture(EncryptResponse.builder()
                        .ciphertextBlob(SdkBytes.fromUtf8String("wrapped")).build());
            }

            @Override
            public CompletableFuture<DecryptResponse> decrypt(DecryptRequest request) {
                decrypt.set(request);
                return CompletableFuture.completedFuture(DecryptResponse.builder()
                        .plaintext(SdkBytes.fromByteArray(DATA_KEY)).build());
            }
        };
        MasterKey key = new KmsMasterKey(kms, "arn:aws:kms:eu-west-1:111122223333:key/abc");

        byte[] wrapped = key.wrap(DATA_KEY, "user-1");
        byte[] unwrapped = key.unwrap(wrapped, "user-1");

        assertThat(wrapped).isEqualTo("wrapped".getBytes(StandardCharsets.UTF_8));
        assertThat(unwrapped).isEqualTo(DATA_KEY);
        assertThat(encrypt.get().keyId()).isEqualTo("arn:aws:kms:eu-west-1:111122223333:key/abc");
        assertThat(encrypt.get().encryptionContext()).isEqualTo(Map.of("user_id", "user-1"));
        assertThat(encrypt.get().plaintext().asByteArray()).isEqualTo(DATA_KEY);
        assertThat(decrypt.get().keyId()).isEqualTo("arn:aws:kms:eu-west-1:111122223333:key/abc");
        assertThat(decrypt.get().encryptionContext()).isEqualTo(Map.of("user_id", "user-1"));
        assertThat(decrypt.get().ciphertextBlob().asUtf8String()).isEqualTo("wrapped");
    }

    @Test
    void kmsRefusingTheCiphertextIsASecurityFailureAndAnOutageIsTransient() {
        KmsAsyncClient kms = new StandInKms() {
            @Override
            public CompletableFuture<DecryptResponse> decrypt(DecryptRequest request) {
                return CompletableFuture.failedFuture(InvalidCiphertextException.builder().message("no").build());
            }

            @Override
            public CompletableFuture<EncryptResponse> encrypt(EncryptRequest request) {
                return CompletableFuture.failedFuture(SdkClientException.create("unreachable"));
            }
        };
        MasterKey key = new KmsMasterKey(kms, "arn:aws:kms:eu-west-1:111122223333:key/abc");

        assertThatThrownBy(() -> key.unwrap(new byte[] {1}, "u")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> key.wrap(DATA_KEY, "u")).isInstanceOf(DataKeysUnavailableException.class);
    }

    /** The SDK's interface with nothing implemented but the two calls a test overrides. */
    private abstract static class StandInKms implements KmsAsyncClient {
        @Override
        public String serviceName() {
            return "kms";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theKmsClientCallsTheRegionOfTheKeysArn() {
        assertThat(new DataKeysSettings(null, null, "arn:aws:kms:eu-west-1:111122223333:key/abc", null, 0)
                .kmsRegion()).contains("eu-west-1");
        assertThat(new DataKeysSettings(null, null, "alias/careervault", null, 0).kmsRegion()).isEmpty();
        assertThat(new DataKeysSettings(null, "x", " ", null, 0).usesKms()).isFalse();
    }
}
