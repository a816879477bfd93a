package com.careervault.benchmark;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.events.EventCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** The raw references: what the broker and dynalite do without CareerVault in between. */
final class References {

    private References() {
    }

    /**
     * A producer with exactly the API's settings (acks=all, idempotent, linger, timeouts, serializers),
     * read from the API's own producer factory, without its transactions (single events go without).
     */
    static KafkaProducer<String, byte[]> producer(Map<String, Object> apiProducerSettings) {
        Map<String, Object> settings = new HashMap<>(apiProducerSettings);
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaProducer<>(settings);
    }

    /**
     * Closed loop of {@code concurrency} sends in flight of {@code job.created}
     * events, keyed by the given user ids in turn, to {@code topic}.
     */
    static Stats kafka(Map<String, Object> apiProducerSettings, EventCodec codec, String topic, List<String> userIds,
            int concurrency, Duration warmup, Duration measure) throws InterruptedException {
        Stats stats = new Stats();
        try (KafkaProducer<String, byte[]> producer = producer(apiProducerSettings)) {
            Semaphore inFlight = new Semaphore(concurrency);
            long from = System.nanoTime() + warmup.toNanos();
            long until = from + measure.toNanos();
            int n = 0;
            while (System.nanoTime() < until) {
                inFlight.acquire();
                String user = userIds.get(n % userIds.size());
                byte[] value = JobItems.createdEvent(codec, user, n++);
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, user, value), (metadata, failure) -> {
                    stats.completed(sent, from, until, failure);
                    inFlight.release();
                });
            }
            inFlight.acquire(concurrency);
        }
        stats.window(measure.toNanos() / 1e9);
        return stats;
    }

    /**
     * Closed loop of {@code concurrency} conditional PutItems in flight of
     * job-shaped items (the projector's write for {@code job.created}) into the
     * jobs table, spread over {@code users} partition keys of their own.
     */
    static Stats putItems(DynamoDbAsyncClient dynamo, int users, int concurrency, Duration warmup, Duration measure)
            throws InterruptedException {
        Stats stats = new Stats();
        Semaphore inFlight = new Semaphore(concurrency);
        long from = System.nanoTime() + warmup.toNanos();
        long until = from + measure.toNanos();
        int n = 0;
        while (System.nanoTime() < until) {
            inFlight.acquire();
            PutItemRequest put = PutItemRequest.builder().tableName(Jobs.DEFAULT_TABLE)
                    .item(JobItems.item("bench-raw-user-" + (n % users), n, n))
                    .conditionExpression("attribute_not_exists(#job)")
                    .expressionAttributeNames(Map.of("#job", Jobs.JOB_ID))
                    .build();
            n++;
            long sent = System.nanoTime();
            dynamo.putItem(put).whenComplete((response, failure) -> {
                stats.completed(sent, from, until, failure);
                inFlight.release();
            });
        }
        inFlight.tryAcquire(concurrency, 30, TimeUnit.SECONDS);
        stats.window(measure.toNanos() / 1e9);
        return stats;
    }
}
