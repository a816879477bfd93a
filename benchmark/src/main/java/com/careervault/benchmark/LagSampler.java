package com.careervault.benchmark;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Command → read-model lag: from the moment the 202 of a create arrived to the
 * first strongly consistent GetItem that returns the job, polled every
 * {@link #POLL_MILLIS} ms (so that is also the resolution).
 */
final class LagSampler implements AutoCloseable {

    static final long POLL_MILLIS = 5;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    private final DynamoDbClient dynamo;
    private final ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2);
    private final Stats lag = new Stats();
    private final AtomicInteger pending = new AtomicInteger();

    LagSampler(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    void watch(String userId, String jobId, long acceptedNanos) {
        pending.incrementAndGet();
        pollers.execute(() -> poll(userId, jobId, acceptedNanos));
    }

    private void poll(String userId, String jobId, long acceptedNanos) {
        boolean found;
        try {
            GetItemResponse response = dynamo.getItem(r -> r.tableName(Jobs.DEFAULT_TABLE).consistentRead(true)
                    .key(Map.of(Jobs.USER_ID, AttributeValue.fromS(userId), Jobs.JOB_ID, AttributeValue.fromS(jobId))));
            found = response.hasItem() && !response.item().isEmpty() && !response.item().containsKey(Jobs.DELETED);
        } catch (RuntimeException e) {
            found = false;
        }
        long now = System.nanoTime();
        if (found) {
            lag.ok(now - acceptedNanos);
            pending.decrementAndGet();
        } else if (now - acceptedNanos > GIVE_UP_NANOS) {
            lag.fail();
            pending.decrementAndGet();
        } else {
            pollers.schedule(() -> poll(userId, jobId, acceptedNanos), POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until every watched job was seen (or given up on) and returns the lags. */
    Stats finish(double windowSeconds) throws InterruptedException {
        while (pending.get() > 0) {
            Thread.sleep(20);
        }
        lag.window(windowSeconds);
        return lag;
    }

    @Override
    public void close() {
        pollers.shutdownNow();
        dynamo.close();
    }
}
