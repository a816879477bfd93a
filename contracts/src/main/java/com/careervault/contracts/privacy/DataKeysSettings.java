package com.careervault.contracts.privacy;

import com.careervault.contracts.dynamodb.DataKeysTable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kms.KmsAsyncClient;

/**
 * How a service reaches the data keys; every service (and tool) that encodes or decodes events binds its
 * {@code careervault.data-keys.*} settings to this and builds its {@link DataKeys} from it.
 *
 * @param table the key table (env {@code DYNAMODB_DATA_KEYS_TABLE}; blank = {@link DataKeysTable#DEFAULT_TABLE})
 * @param masterKey the configured master key (env {@code DATA_KEYS_MASTER_KEY}): base64 of 32 bytes or a Tink
 *        AEAD keyset as JSON; ignored when {@code kmsKeyArn} is set
 * @param kmsKeyArn an AWS KMS symmetric key (env {@code DATA_KEYS_KMS_KEY_ARN}); when set it is the master key
 * @param cacheTtl how long a key is used from memory (env {@code DATA_KEYS_CACHE_TTL}; null = 1 minute): the
 *        bound on how late a deletion takes effect in other processes
 * @param maxCached how many users' keys stay in memory (env {@code DATA_KEYS_CACHE_MAX}; 0 or less = 10,000)
 */
public record DataKeysSettings(String table, String masterKey, String kmsKeyArn, Duration cacheTtl, long maxCached) {

    public DataKeysSettings {
        table = table == null || table.isBlank() ? DataKeysTable.DEFAULT_TABLE : table.trim();
        kmsKeyArn = kmsKeyArn == null || kmsKeyArn.isBlank() ? null : kmsKeyArn.trim();
        cacheTtl = cacheTtl == null ? DynamoDbDataKeys.DEFAULT_CACHE_TTL : cacheTtl;
        maxCached = maxCached <= 0 ? DynamoDbDataKeys.DEFAULT_MAX_CACHED : maxCached;
        if (cacheTtl.isNegative() || cacheTtl.isZero()) {
            throw new IllegalArgumentException("DATA_KEYS_CACHE_TTL must be positive");
        }
    }

    public boolean usesKms() {
        return kmsKeyArn != null;
    }

    /**
     * The region of the KMS key, from its ARN ({@code arn:aws:kms:REGION:ACCOUNT:key/ID} or {@code :alias/NAME}):
     * the KMS client must call that region, whatever {@code AWS_DEFAULT_REGION} says. Empty for a bare key id
     * or alias name (then the client's default region is meant).
     */
    public Optional<String> kmsRegion() {
        if (kmsKeyArn == null || !kmsKeyArn.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] parts = kmsKeyArn.split(":", 6);
        return parts.length == 6 && !parts[3].isBlank() ? Optional.of(parts[3]) : Optional.empty();
    }

    /**
     * The master key these settings name: KMS when {@code kmsKeyArn} is set (the client is made only then,
     * and closed with the returned key), else the configured key.
     *
     * @throws IllegalArgumentException when neither is usable (the service should not start)
     */
    public MasterKey masterKey(Supplier<KmsAsyncClient> kms) {
        return usesKms() ? new KmsMasterKey(kms.get(), kmsKeyArn, true) : new ConfiguredMasterKey(masterKey);
    }

    /**
     * {@link #masterKey(Supplier)} with a KMS client (when one is configured) that calls the region of the key's
     * ARN, else {@code defaultRegion}, with {@code credentials}.
     */
    public MasterKey masterKey(String defaultRegion, AwsCredentialsProvider credentials) {
        return masterKey(() -> KmsAsyncClient.builder().region(Region.of(kmsRegion().orElse(defaultRegion)))
                .credentialsProvider(credentials).build());
    }

    /** The data keys in {@link #table}, cached as configured. */
    public DynamoDbDataKeys dataKeys(DynamoDbAsyncClient dynamoDb, MasterKey key) {
        return new DynamoDbDataKeys(dynamoDb, table, key, cacheTtl, maxCached, Clock.systemUTC());
    }
}
