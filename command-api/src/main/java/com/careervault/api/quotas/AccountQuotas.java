package com.careervault.api.quotas;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * What one account may do: at most {@code maxLiveJobs} live jobs, and job creates at a bounded rate
 * ({@link QuotaProperties}). Every path that creates jobs (the API's create, and later imports and
 * migrations) goes through {@link #admitting}; every path that deletes them calls {@link #release}.
 *
 * <p><b>Guarantee.</b> Both limits hold across any number of API instances: each decision is one
 * conditional write on one item of the quota guard table ({@code CareerVault-Quotas}), so two instances
 * can neither both take the last slot nor both spend the last of the rate. Jobs are counted by job id
 * (a marker item per counted job): a create retried with the same {@code Idempotency-Key} names the
 * same job and is counted once, even when the retry reaches another instance before the first attempt
 * is projected; two deletes of one job release it once. A create whose event does not reach the log
 * (Kafka unavailable, transaction aborted) is released before the error is answered.
 *
 * <p><b>Limits.</b> The marker and the counter are two writes, not one transaction (dynalite has no
 * TransactWriteItems): a crash between them leaves a job uncounted, so the count errs low, never
 * refusing a user wrongly. A delete whose event is in the log but whose release then fails (DynamoDB
 * unavailable) is still answered 202 and keeps its slot taken (logged at WARN): the count errs high by
 * one per such failure. Jobs created before quotas existed, or appended to the log by other means, are
 * not counted and release nothing when deleted. The rate uses each instance's clock: clock skew between
 * instances shifts the sustained rate by at most the skew. A refused create still costs its rate.
 */
@Component
public class AccountQuotas {

    private static final Logger log = LoggerFactory.getLogger(AccountQuotas.class);

    private final CreateRateLimit rate;
    private final LiveJobCount live;

    public AccountQuotas(DynamoDbAsyncClient dynamoDb, QuotaProperties properties, Clock clock) {
        GuardTable table = new GuardTable(dynamoDb, properties.table());
        this.rate = new CreateRateLimit(table, properties.createRate(), clock);
        this.live = new LiveJobCount(table, properties.maxLiveJobs(), clock);
    }

    /**
     * Admits the creation of {@code jobIds} for {@code userId}, runs {@code publish}, and releases what it
     * admitted if {@code publish} fails. Errors: {@link CreateRateExceededException} (429),
     * {@link JobLimitReachedException} (409), {@code DependencyUnavailableException} (503); in each case
     * {@code publish} is never subscribed. At most {@code burst} ids at a time.
     *
     * @param publish lazy: subscribed only once the creates are admitted
     */
    public <T> Mono<T> admitting(String userId, List<String> jobIds, Mono<T> publish) {
        return admitCreates(userId, jobIds).flatMap(admitted -> publish
                .onErrorResume(failed -> release(userId, admitted).then(Mono.error(failed))));
    }

    /**
     * Admits bringing deleted jobs back ({@code jobIds}): counts them against the live-job cap like
     * {@link #admitting} (a restore at the limit is refused with {@link JobLimitReachedException}, 409), runs
     * {@code publish}, and releases them if it fails. A restore is not a new job, so it does not spend the
     * create rate.
     *
     * @param publish lazy: subscribed only once the jobs are admitted
     */
    public <T> Mono<T> readmitting(String userId, List<String> jobIds, Mono<T> publish) {
        return live.reserve(userId, jobIds).flatMap(admitted -> publish
                .onErrorResume(failed -> release(userId, admitted).then(Mono.error(failed))));
    }

    /**
     * Admits jobs created by an import ({@code jobIds}): counts them against the live-job cap like
     * {@link #admitting} (all of them or none: {@link JobLimitReachedException}, 409), runs {@code publish},
     * and releases them if it fails. The import as a whole has taken its create rate
     * ({@link #takeImportRate}); its rows do not each spend one.
     *
     * @param publish lazy: subscribed only once the jobs are admitted
     */
    public <T> Mono<T> admittingImported(String userId, List<String> jobIds, Mono<T> publish) {
        return readmitting(userId, jobIds, publish);
    }

    /**
     * An import that creates jobs spends one create of the account's rate ({@link CreateRateExceededException},
     * 429, when none is left): the rate bounds how often an account imports, while the file's row limit and the
     * live-job cap bound how much one import creates.
     */
    public Mono<Void> takeImportRate(String userId) {
        return rate.take(userId, 1);
    }

    /** How many more jobs the account may hold now: the cap minus the jobs counted (errs high, see above). */
    public Mono<Integer> room(String userId) {
        return live.room(userId);
    }

    /**
     * Takes the rate of {@code jobIds.size()} creates and counts the ids not counted yet. Emits the ids this
     * call counted, which the caller must {@link #release} if the jobs are then not created.
     */
    public Mono<List<String>> admitCreates(String userId, List<String> jobIds) {
        return rate.take(userId, jobIds.size()).then(live.reserve(userId, jobIds));
    }

    /**
     * Frees the slots of deleted (or never created) jobs. Never fails: a release that cannot be written is
     * logged and the slot stays taken (see the class comment).
     */
    public Mono<Void> release(String userId, List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return Mono.empty();
        }
        return live.release(userId, jobIds).onErrorResume(e -> {
            log.warn("could not release {} job slot(s) of user {}; they stay counted: {}", jobIds.size(), userId,
                    e.toString());
            return Mono.empty();
        });
    }
}
