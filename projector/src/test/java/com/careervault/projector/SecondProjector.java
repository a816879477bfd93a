package com.careervault.projector;

import static org.awaitility.Awaitility.await;

import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackInitializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another projector process, as an operator would start one for a replay or a
 * rebuild: its own consumer group and, optionally, its own tables, set by
 * command-line arguments exactly like the documented environment variables.
 */
public final class SecondProjector implements AutoCloseable {

    private final String groupId;
    private final ConfigurableApplicationContext context;

    private SecondProjector(String groupId, ConfigurableApplicationContext context) {
        this.groupId = groupId;
        this.context = context;
    }

    public static SecondProjector start(String groupId, String... arguments) {
        String[] args = new String[arguments.length + 2];
        args[0] = "--careervault.projector.group-id=" + groupId;
        args[1] = "--spring.main.banner-mode=off";
        System.arraycopy(arguments, 0, args, 2, arguments.length);
        ConfigurableApplicationContext context = ProjectorApplication.application()
                .main(ProjectorApplication.class)
                .profiles("devstack")
                .initializers(new DevStackInitializer())
                .run(args);
        return new SecondProjector(groupId, context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The end of every partition of the event log, now. */
    public static Map<TopicPartition, Long> endOfLog() {
        try (Admin admin = DevStack.shared().kafkaAdmin()) {
            Map<TopicPartition, OffsetSpec> partitions = IntStream.range(0, Topics.EVENT_PARTITIONS).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.EVENTS, p), p -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until this projector's group has committed (so applied) everything up to {@code end}. */
    public void awaitCaughtUp(Map<TopicPartition, Long> end) {
        try (Admin admin = DevStack.shared().kafkaAdmin()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(admin
                        .listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS));
                return end.entrySet().stream().allMatch(partition -> partition.getValue() == 0
                        || (committed.get(partition.getKey()) != null
                                && committed.get(partition.getKey()).offset() >= partition.getValue()));
            });
        }
    }

    @Override
    public void close() {
        context.close();
    }

    public static List<String> tableArguments(String jobsTable, String usersTable, String companySearchTable,
            String jobTagsTable) {
        return List.of("--careervault.dynamodb.jobs-table=" + jobsTable,
                "--careervault.dynamodb.users-table=" + usersTable,
                "--careervault.dynamodb.company-search-table=" + companySearchTable,
                "--careervault.dynamodb.job-tags-table=" + jobTagsTable);
    }
}
