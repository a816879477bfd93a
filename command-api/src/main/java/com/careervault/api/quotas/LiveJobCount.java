package com.careervault.api.quotas;

import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One account's number of live jobs, counted per job id: a job is counted when its admission marker
 * ({@code job#<id>}) is first written and uncounted when that marker is removed, both with conditional
 * writes, so a retried create of the same job, or two deletes of one job, move the counter once. The
 * counter item only grows by a conditional {@code ADD} that keeps it at or below the cap.
 */
final class LiveJobCount {

    private static final Logger log = LoggerFactory.getLogger(LiveJobCount.class);
    private static final int CONCURRENT_WRITES = 16;

    private final GuardTable table;
    private final int maxLiveJobs;
    private final Clock clock;

    LiveJobCount(GuardTable table, int maxLiveJobs, Clock clock) {
        this.table = table;
        this.maxLiveJobs = maxLiveJobs;
        this.clock = clock;
    }

    /**
     * Counts the jobs not counted yet. Emits the ids it counted (the others were already); fails with
     * {@link JobLimitReachedException}, counting none, when they do not all fit under the cap.
     */
    Mono<List<String>> reserve(String userId, List<String> jobIds) {
        return Flux.fromIterable(jobIds)
                .flatMap(jobId -> mark(userId, jobId), CONCURRENT_WRITES)
                .collectList()
                .flatMap(marked -> marked.isEmpty() ? Mono.just(marked) : count(userId, marked.size())
                        .thenReturn(marked)
                        // refused or failed: the markers of this call go, so nothing stays counted
                        .onErrorResume(e -> unmark(userId, marked).then(Mono.error(e))));
    }

    /** How many more jobs the account may hold now: the cap minus the jobs counted (read consistently). */
    Mono<Integer> room(String userId) {
        return table.get(table.key(userId, Quotas.LIVE_JOBS_GUARD)).map(item -> {
            AttributeValue live = item.get(Quotas.LIVE_JOBS);
            long counted = live == null ? 0 : Long.parseLong(live.n());
            return (int) Math.max(0, maxLiveJobs - counted);
        });
    }

    /** Uncounts the jobs that are counted; ids never counted (or already released) change nothing. */
    Mono<Void> release(String userId, List<String> jobIds) {
        return Flux.fromIterable(jobIds)
                .flatMap(jobId -> table.delete(delete -> delete
                                .key(table.key(userId, Quotas.JOB_MARKER_PREFIX + jobId))
                                .conditionExpression("attribute_exists(#guard)")
                                .expressionAttributeNames(Map.of("#guard", Quotas.GUARD)))
                        .thenReturn(jobId)
                        .onErrorResume(ConditionalCheckFailedException.class, notCounted -> Mono.empty()),
                        CONCURRENT_WRITES)
                .count()
                .flatMap(released -> released == 0 ? Mono.empty() : table.update(update -> update
                        .key(table.key(userId, Quotas.LIVE_JOBS_GUARD))
                        .updateExpression("ADD #live :minus")
                        .conditionExpression("#live >= :released")
                        .expressionAttributeNames(Map.of("#live", Quotas.LIVE_JOBS))
                        .expressionAttributeValues(Map.of(":minus", AttributeValue.fromN(Long.toString(-released)),
                                ":released", AttributeValue.fromN(Long.toString(released))))));
    }

    /** Emits the id if this call wrote the marker, nothing if the job was counted already. */
    private Mono<String> mark(String userId, String jobId) {
        Map<String, AttributeValue> item = new HashMap<>(table.key(userId, Quotas.JOB_MARKER_PREFIX + jobId));
        item.put(Quotas.ADMITTED_AT, AttributeValue.fromS(clock.instant().toString()));
        return table.put(put -> put.item(item)
                        .conditionExpression("attribute_not_exists(#guard)")
                        .expressionAttributeNames(Map.of("#guard", Quotas.GUARD)))
                .thenReturn(jobId)
                .onErrorResume(ConditionalCheckFailedException.class, counted -> Mono.empty());
    }

    private Mono<Void> count(String userId, int added) {
        if (added > maxLiveJobs) {
            return Mono.error(new JobLimitReachedException(maxLiveJobs));
        }
        return table.update(update -> update
                        .key(table.key(userId, Quotas.LIVE_JOBS_GUARD))
                        .updateExpression("ADD #live :added")
                        .conditionExpression("attribute_not_exists(#live) OR #live <= :room")
                        .expressionAttributeNames(Map.of("#live", Quotas.LIVE_JOBS))
                        .expressionAttributeValues(Map.of(":added", AttributeValue.fromN(Integer.toString(added)),
                                ":room", AttributeValue.fromN(Integer.toString(maxLiveJobs - added)))))
                .onErrorMap(ConditionalCheckFailedException.class, full -> new JobLimitReachedException(maxLiveJobs));
    }

    private Mono<Void> unmark(String userId, List<String> jobIds) {
        return Flux.fromIterable(jobIds)
                .flatMap(jobId -> table.delete(delete -> delete
                                .key(table.key(userId, Quotas.JOB_MARKER_PREFIX + jobId)))
                        // a marker left behind only means a later retry of that same job goes uncounted
                        .onErrorResume(e -> {
                            log.warn("could not remove the quota marker of job {}: {}", jobId, e.toString());
                            return Mono.empty();
                        }), CONCURRENT_WRITES)
                .then();
    }
}
