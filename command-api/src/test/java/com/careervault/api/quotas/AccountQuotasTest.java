package com.careervault.api.quotas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.api.support.DevStackDynamoDb;
import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * {@link AccountQuotas} against the devstack's DynamoDB (dynalite), with a clock the test moves. Two
 * {@code AccountQuotas} objects on two clients stand for two API instances sharing the guard table.
 */
@ExtendWith(DevStackExtension.class)
class AccountQuotasTest {

    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

    private static DynamoDbAsyncClient first;
    private static DynamoDbAsyncClient second;

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeAll
    static void clients(DevStack stack) {
        first = DevStackDynamoDb.client(stack);
        second = DevStackDynamoDb.client(stack);
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    @Test
    void twoInstancesRacingForTheLastSlotsAdmitExactlyTheCap() {
        AccountQuotas instanceA = quotas(first, 5, 1000, 100);
        AccountQuotas instanceB = quotas(second, 5, 1000, 100);
        String user = user();

        List<String> outcomes = Flux.range(0, 20)
                .flatMap(i -> (i % 2 == 0 ? instanceA : instanceB).admitCreates(user, List.of(job()))
                        .map(admitted -> "admitted " + admitted.size())
                        .onErrorResume(JobLimitReachedException.class, e -> Mono.just("refused")))
                .collectList().block();

        assertThat(outcomes).filteredOn("admitted 1"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(15);
    }

    @Test
    void theSameJobIsCountedOnceAndReleasedOnce() {
        AccountQuotas instanceA = quotas(first, 2, 1000, 100);
        AccountQuotas instanceB = quotas(second, 2, 1000, 100);
        String user = user();
        String retried = job();

        assertThat(instanceA.admitCreates(user, List.of(retried)).block()).containsExactly(retried);
        // the retry (same Idempotency-Key, so same job id) reaches the other instance: already counted
        assertThat(instanceB.admitCreates(user, List.of(retried)).block()).isEmpty();
        String other = job();
        assertThat(instanceB.admitCreates(user, List.of(other)).block()).containsExactly(other);
        assertThatThrownBy(() -> instanceA.admitCreates(user, List.of(job())).block())
                .isInstanceOf(JobLimitReachedException.class);
        // a job counted already is still admitted at the cap: it takes no new slot
        assertThat(instanceA.admitCreates(user, List.of(retried)).block()).isEmpty();

        // deleted twice (two instances at once): one slot comes free, not two
        Mono.when(instanceA.release(user, List.of(retried)), instanceB.release(user, List.of(retried))).block();
        String third = job();
        assertThat(instanceB.admitCreates(user, List.of(third)).block()).containsExactly(third);
        assertThatThrownBy(() -> instanceA.admitCreates(user, List.of(job())).block())
                .isInstanceOf(JobLimitReachedException.class);
    }

    @Test
    void aFailedPublishGivesItsSlotBack() {
        AccountQuotas quotas = quotas(first, 1, 1000, 100);
        String user = user();
        String job = job();

        assertThatThrownBy(() -> quotas.admitting(user, List.of(job), Mono.error(new IllegalStateException("broker down")))
                .block()).hasMessage("broker down");

        assertThat(quotas.admitting(user, List.of(job), Mono.just("published")).block()).isEqualTo("published");
        assertThatThrownBy(() -> quotas.admitting(user, List.of(job()), Mono.just("published")).block())
                .isInstanceOf(JobLimitReachedException.class);
    }

    @Test
    void theRateAllowsABurstThenOneCreatePerIntervalAcrossInstances() {
        // 3 a minute, bursts of 3: one create every 20 s once the burst is spent
        AccountQuotas instanceA = quotas(first, 100, 3, 3);
        AccountQuotas instanceB = quotas(second, 100, 3, 3);
        String user = user();

        instanceA.admitCreates(user, List.of(job())).block();
        instanceB.admitCreates(user, List.of(job())).block();
        instanceA.admitCreates(user, List.of(job())).block();
        CreateRateExceededException refused = rateRefusal(instanceB, user);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("20");
        assertThat(refused.getBody().getType()).isEqualTo(URI.create("https://careervault.dev/problems/create-rate-exceeded"));
        assertThat(refused.getBody().getDetail()).isEqualTo("Too many jobs created: at most 3 per 60 s (bursts of up "
                + "to 3); nothing was recorded. Retry after 20 s.");
        assertThat(refused.getBody().getProperties()).containsEntry("limit", 3).containsEntry("period_seconds", 60L)
                .containsEntry("burst", 3).containsEntry("retry_after_seconds", 20L);

        now.set(START.plusSeconds(19).plusMillis(500));
        assertThat(rateRefusal(instanceA, user).getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        now.set(START.plusSeconds(20));
        instanceA.admitCreates(user, List.of(job())).block();
        assertThat(rateRefusal(instanceB, user).getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("20");

        // another account has its own bucket
        instanceB.admitCreates(user(), List.of(job())).block();

        // after a quiet minute the whole burst is back, and no more
        now.set(START.plusSeconds(20 + 60));
        instanceB.admitCreates(user, List.of(job(), job(), job())).block();
        assertThat(rateRefusal(instanceA, user).getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("20");
    }

    @Test
    void moreCreatesAtOnceThanTheBurstAreAProgrammingError() {
        AccountQuotas quotas = quotas(first, 100, 3, 3);
        assertThatThrownBy(() -> quotas.admitCreates(user(), IntStream.range(0, 4).mapToObj(i -> job()).toList())
                .block()).isInstanceOf(IllegalArgumentException.class).hasMessage("admit 1 to 3 creates at a time, not 4");
    }

    private CreateRateExceededException rateRefusal(AccountQuotas quotas, String user) {
        AtomicReference<CreateRateExceededException> refused = new AtomicReference<>();
        quotas.admitCreates(user, List.of(job()))
                .doOnError(CreateRateExceededException.class, refused::set)
                .onErrorResume(CreateRateExceededException.class, e -> Mono.empty())
                .block();
        assertThat(refused.get()).as("refused for its rate").isNotNull();
        return refused.get();
    }

    private AccountQuotas quotas(DynamoDbAsyncClient client, int maxJobs, int perMinute, int burst) {
        return new AccountQuotas(client, new QuotaProperties(ReadModel.Quotas.DEFAULT_TABLE, maxJobs,
                new QuotaProperties.CreateRate(perMinute, Duration.ofMinutes(1), burst)), clock);
    }

    private static String user() {
        return UUID.randomUUID().toString();
    }

    private static String job() {
        return UUID.randomUUID().toString();
    }
}
