package com.careervault.api.sessions;

import com.careervault.api.aws.DynamoDbProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** {@link Sessions} whose table lives on a port where nothing listens: every check is an outage. */
public final class UnreachableSessions {

    private UnreachableSessions() {
    }

    public static Sessions create() {
        DynamoDbAsyncClient nowhere = DynamoDbAsyncClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:1"))
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(2)))
                .build();
        return new Sessions(new SessionStore(nowhere, new DynamoDbProperties(null, null, null, null, null, null, null, null, null, null, null, false)),
                new SessionsProperties(null, null, null), Clock.systemUTC());
    }
}
