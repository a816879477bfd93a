package com.careervault.api.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.careervault.api.support.DevStackDynamoDb;
import com.careervault.contracts.dynamodb.RateLimitsTable;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpHeaders;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * {@link RateLimits} with the default settings against the devstack's DynamoDB (dynalite), with a clock the
 * test moves; two {@code RateLimits} on two clients stand for two API instances.
 */
@ExtendWith(DevStackExtension.class)
class RateLimitsTest {

    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

    private static DynamoDbAsyncClient first;
    private static DynamoDbAsyncClient second;

    private final MovableClock clock = new MovableClock(START);
    private final RateLimits instanceA = rateLimits(first);
    private final RateLimits instanceB = rateLimits(second);

    @BeforeAll
    static void clients(DevStack stack) {
        first = DevStackDynamoDb.client(stack);
        second = DevStackDynamoDb.client(stack);
        DevStackDynamoDb.ensureTable(first, RateLimitsTable.create(RateLimitsTable.DEFAULT_TABLE));
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    @Test
    void fiveFailedSignInsBlockTheAccountUntilTheWindowHasPassed() {
        String account = account();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? instanceA : instanceB).ensureSignInAllowed(account).block();
            (i % 2 == 0 ? instanceA : instanceB).signInFailed(account).block();
        }

        RateLimitedException refused = refusal(() -> instanceA.ensureSignInAllowed(account).block());
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(refused.getBody().getType()).isEqualTo(URI.create("https://careervault.dev/problems/rate-limited"));
        assertThat(refused.getBody().getDetail()).isEqualTo("Too many failed sign-ins for this account (at most 5 "
                + "within 15 min); nothing was done. Retry after 900 s.");
        assertThat(refused.getBody().getProperties()).containsEntry("retry_after_seconds", 900L);
        // the other instance refuses too, and more failures do not push the end of the window further
        instanceB.signInFailed(account).block();
        clock.advance(Duration.ofMinutes(14).plusSeconds(59).plusMillis(1));
        assertThat(refusal(() -> instanceB.ensureSignInAllowed(account).block()).retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofMillis(999));
        instanceA.ensureSignInAllowed(account).block();
        instanceB.ensureSignInAllowed(account).block();
        // and the whole allowance is back
        for (int i = 0; i < 4; i++) {
            instanceA.signInFailed(account).block();
        }
        instanceB.ensureSignInAllowed(account).block();
        instanceB.signInFailed(account).block();
        assertThat(refusal(() -> instanceA.ensureSignInAllowed(account).block()).retryAfterSeconds()).isEqualTo(900);
    }

    @Test
    void theWindowStartsAtTheFirstFailureNotAtTheFirstCheck() {
        String account = account();
        instanceA.ensureSignInAllowed(account).block();
        clock.advance(Duration.ofMinutes(10));
        instanceA.signInFailed(account).block();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            instanceB.signInFailed(account).block();
        }
        // first failure at 10 min: blocked until 25 min, 5 min from now
        assertThat(refusal(() -> instanceA.ensureSignInAllowed(account).block()).retryAfterSeconds()).isEqualTo(300);
        // another account is not affected
        instanceA.ensureSignInAllowed(account()).block();
    }

    @Test
    void threeVerificationResendsPerWindow() {
        String user = UUID.randomUUID().toString();
        instanceA.verificationResent(user).block();
        instanceB.verificationResent(user).block();
        clock.advance(Duration.ofMinutes(5));
        instanceA.verificationResent(user).block();

        RateLimitedException refused = refusal(() -> instanceB.verificationResent(user).block());
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("600");
        assertThat(refused.getBody().getDetail()).isEqualTo("Too many verification emails asked for (at most 3 "
                + "within 15 min); nothing was done. Retry after 600 s.");

        clock.advance(Duration.ofMinutes(10));
        instanceB.verificationResent(user).block();
    }

    @Test
    void threePasswordResetEmailsPerHourThenQuietlyNone() {
        String user = UUID.randomUUID().toString();
        assertThat(instanceA.passwordResetAllowed(user).block()).isTrue();
        assertThat(instanceB.passwordResetAllowed(user).block()).isTrue();
        assertThat(instanceA.passwordResetAllowed(user).block()).isTrue();
        assertThat(instanceB.passwordResetAllowed(user).block()).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(instanceA.passwordResetAllowed(user).block()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(instanceA.passwordResetAllowed(user).block()).isTrue();
    }

    @Test
    void anUnreachableStoreIsA503NeverAPass() {
        DynamoDbAsyncClient nowhere = DynamoDbAsyncClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:1"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(2)))
                .build();
        try {
            RateLimits down = rateLimits(nowhere);
            assertThatThrownBy(() -> down.ensureSignInAllowed(account()).block())
                    .isInstanceOf(com.careervault.api.problems.DependencyUnavailableException.class)
                    .hasMessage("The rate limit store is unavailable; retry later");
            assertThatThrownBy(() -> down.passwordResetAllowed(account()).block())
                    .isInstanceOf(com.careervault.api.problems.DependencyUnavailableException.class);
        } finally {
            nowhere.close();
        }
    }

    private RateLimits rateLimits(DynamoDbAsyncClient client) {
        return new RateLimits(new RateLimitBuckets(client, RateLimitsTable.DEFAULT_TABLE, clock),
                RateLimitProperties.defaults());
    }

    private static RateLimitedException refusal(Runnable call) {
        RateLimitedException refused = catchThrowableOfType(RateLimitedException.class, call::run);
        assertThat(refused).as("refused for the rate limit").isNotNull();
        return refused;
    }

    private static String account() {
        return "user" + UUID.randomUUID().toString().substring(0, 8);
    }
}
