package com.careervault.contracts.privacy;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link DataKeys} in the DynamoDB table {@link DataKeysTable}, wrapped by a {@link MasterKey}, with a
 * bounded local cache: at most {@code maxCached} users' keys, each for at most {@code cacheTtl} after it was
 * read (so a key deleted by another process stops being used here within that time). A user without a key
 * is never cached as such (another process may be creating it); a deleted user is. Loads of one user are
 * single-flight within the process. Blocking: a miss costs a consistent GetItem (and, on creation, a
 * conditional PutItem; with KMS a Decrypt or Encrypt call), bounded by the clients' call timeouts.
 * Thread-safe.
 */
public final class DynamoDbDataKeys implements DataKeys {

    /** The cache bound the docs promise: a deletion elsewhere takes effect here within this time. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(1);
    public static final long DEFAULT_MAX_CACHED = 10_000;

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final MasterKey masterKey;
    private final Clock clock;
    private final Cache<String, KeyState> cache;

    /**
     * @param table the key table's name ({@link DataKeysTable#DEFAULT_TABLE} by default; env
     *        {@code DYNAMODB_DATA_KEYS_TABLE})
     * @param cacheTtl how long a key read from the table is used without reading it again (at most a minute
     *        or so: it bounds how late a deletion takes effect in other processes)
     * @param maxCached how many users' keys are kept in memory
     */
    public DynamoDbDataKeys(DynamoDbAsyncClient dynamoDb, String table, MasterKey masterKey, Duration cacheTtl,
            long maxCached, Clock clock) {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD primitives are not available", e);
        }
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.masterKey = masterKey;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(maxCached)
                .build();
    }

    /** With the default cache bounds and the system clock. */
    public DynamoDbDataKeys(DynamoDbAsyncClient dynamoDb, String table, MasterKey masterKey) {
        this(dynamoDb, table, masterKey, DEFAULT_CACHE_TTL, DEFAULT_MAX_CACHED, Clock.systemUTC());
    }

    @Override
    public Aead keyFor(String userId) {
        KeyState state = cache.get(userId, id -> load(id, true));
        if (state instanceof KeyState.Present present) {
            return present.aead();
        }
        throw new PersonalDataErasedException(userId);
    }

    @Override
    public Optional<Aead> existing(String userId) {
        KeyState state = cache.get(userId, id -> load(id, false));
        return state instanceof KeyState.Present present ? Optional.of(present.aead()) : Optional.empty();
    }

    @Override
    public boolean isCached(String userId) {
        return cache.getIfPresent(userId) != null;
    }

    @Override
    public void delete(String userId) {
        try {
            // overwrites the whole item: the wrapped key is gone, the mark that the user was deleted stays
            dynamoDb.putItem(put -> put.tableName(table).item(Map.of(
                    DataKeysTable.USER_ID, AttributeValue.fromS(userId),
                    DataKeysTable.DELETED_AT, AttributeValue.fromS(clock.instant().toString())))).join();
        } catch (CompletionException e) {
            throw unavailable("delete the data key of user " + userId, e);
        }
        cache.put(userId, KeyState.Deleted.INSTANCE);
    }

    /** The user's key state in the table; with {@code create}, a new key when there is none (never null then). */
    private KeyState load(String userId, boolean create) {
        KeyState stored = read(userId);
        if (stored != null || !create) {
            return stored;
        }
        Aead aead;
        byte[] wrapped;
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            aead = primitive(keyset);
            wrapped = masterKey.wrap(TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()),
                    userId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make a data key", e);
        }
        try {
            dynamoDb.putItem(put -> put.tableName(table)
                    .item(Map.of(
                            DataKeysTable.USER_ID, AttributeValue.fromS(userId),
                            DataKeysTable.WRAPPED_KEY, AttributeValue.fromB(SdkBytes.fromByteArray(wrapped)),
                            DataKeysTable.CREATED_AT, AttributeValue.fromS(clock.instant().toString())))
                    // two processes creating the first key of a user at once: the first write wins, the
                    // other reads and uses the winner's key
                    .conditionExpression("attribute_not_exists(#u)")
                    .expressionAttributeNames(Map.of("#u", DataKeysTable.USER_ID))).join();
            return new KeyState.Present(aead);
        } catch (CompletionException e) {
            if (e.getCause() instanceof ConditionalCheckFailedException) {
                KeyState winner = read(userId);
                if (winner == null) {
                    throw new DataKeysUnavailableException("the data key of user " + userId
                            + " was neither written nor readable", e.getCause());
                }
                return winner;
            }
            throw unavailable("create the data key of user " + userId, e);
        }
    }

    private KeyState read(String userId) {
        Map<String, AttributeValue> item;
        try {
            item = dynamoDb.getItem(get -> get.tableName(table).consistentRead(true)
                    .key(Map.of(DataKeysTable.USER_ID, AttributeValue.fromS(userId)))).join().item();
        } catch (CompletionException e) {
            throw unavailable("read the data key of user " + userId, e);
        }
        if (item == null || item.isEmpty()) {
            return null;
        }
        AttributeValue wrapped = item.get(DataKeysTable.WRAPPED_KEY);
        if (wrapped == null || wrapped.b() == null) {
            return KeyState.Deleted.INSTANCE;
        }
        try {
            byte[] serialized = masterKey.unwrap(wrapped.b().asByteArray(), userId);
            return new KeyState.Present(primitive(
                    TinkProtoKeysetFormat.parseKeyset(serialized, InsecureSecretKeyAccess.get())));
        } catch (GeneralSecurityException e) {
            // not the record's fault and not to be skipped: consumers retry until the configuration is fixed
            throw new DataKeysUnavailableException("the data key of user " + userId + " does not unwrap with "
                    + masterKey.description() + " (is the master key configured right?): " + e.getMessage(), e);
        }
    }

    private static Aead primitive(KeysetHandle keyset) throws GeneralSecurityException {
        return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static DataKeysUnavailableException unavailable(String what, CompletionException e) {
        if (e.getCause() instanceof DataKeysUnavailableException unavailable) {
            return unavailable;
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new DataKeysUnavailableException("could not " + what + ": " + cause, cause);
    }

    /** What the table says about a user: a usable key, or a deleted user. */
    private sealed interface KeyState {
        record Present(Aead aead) implements KeyState {
        }

        enum Deleted implements KeyState {
            INSTANCE
        }
    }
}
