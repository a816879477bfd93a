package com.careervault.notifier.privacy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notifier's DynamoDB client, used for the data-key table only (env {@code DYNAMODB_ENDPOINT}, as the
 * projector's).
 *
 * @param endpoint empty for real AWS; a URL for dynalite or DynamoDB Local
 * @param apiCallAttemptTimeout one HTTP attempt; bounded so that a frozen endpoint fails fast and is retried
 * @param apiCallTimeout one call including the SDK's own retries: how long a stream thread waits at most
 */
@ConfigurationProperties("careervault.dynamodb")
public record DynamoDbProperties(
        String endpoint,
        @DefaultValue("2s") Duration apiCallAttemptTimeout,
        @DefaultValue("5s") Duration apiCallTimeout) {

    public Optional<URI> endpointOverride() {
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(URI.create(endpoint.trim()));
    }
}
