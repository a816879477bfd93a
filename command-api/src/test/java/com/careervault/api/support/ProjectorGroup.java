package com.careervault.api.support;

import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;

/**
 * Stands in for the projector in API tests that run without one: the API's reads and commands wait until the
 * consumer group named by {@code careervault.consistency.projector-group-id} has committed past the caller's
 * events, so a test moves its own group there by hand.
 */
public final class ProjectorGroup {

    private ProjectorGroup() {
    }

    /**
     * What the projector does after applying the user's events: commits {@code group}'s offset at the end of the
     * user's partition of the events topic.
     */
    public static void caughtUp(String group, String userId) {
        try {
            Admin admin = DevStack.shared().kafkaAdmin();
            int partitions = admin.describeTopics(List.of(Topics.EVENTS)).allTopicNames().get()
                    .get(Topics.EVENTS).partitions().size();
            TopicPartition partition = new TopicPartition(Topics.EVENTS, BuiltInPartitioner.partitionForKey(
                    userId.getBytes(StandardCharsets.UTF_8), partitions));
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
            admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(end))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not move the test's projector group", e);
        }
    }
}
