package com.careervault.enricher.privacy;

import com.careervault.contracts.privacy.DataKeysSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code careervault.data-keys.*}: the per-user data keys that decrypt personal fields in events
 * (docs/privacy.md). Env {@code DYNAMODB_DATA_KEYS_TABLE}, {@code DATA_KEYS_MASTER_KEY},
 * {@code DATA_KEYS_KMS_KEY_ARN}, {@code DATA_KEYS_CACHE_TTL}, {@code DATA_KEYS_CACHE_MAX}; see
 * {@link DataKeysSettings} for each.
 */
@ConfigurationProperties("careervault.data-keys")
public record DataKeysProperties(String table, String masterKey, String kmsKeyArn, Duration cacheTtl, long maxCached) {

    public DataKeysSettings settings() {
        return new DataKeysSettings(table, masterKey, kmsKeyArn, cacheTtl, maxCached);
    }
}
