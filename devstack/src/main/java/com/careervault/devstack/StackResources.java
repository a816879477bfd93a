package com.careervault.devstack;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.dynamodb.ReadModelTables;
import com.careervault.contracts.dynamodb.SessionsTable;
import com.careervault.contracts.kafka.Topics;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** What every backend of the stack must hold before a service starts: CareerVault's topics and tables. */
final class StackResources {

    private StackResources() {
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    /** Creates the topics of {@link Topics#all()}; ones that exist are left as they are. */
    static void createTopics(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            for (Topics.TopicSpec spec : Topics.all()) {
                NewTopic topic = new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.compacted()
                        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        : Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
                try {
                    admin.createTopics(java.util.List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out creating topics", e);
        }
    }

    /** Creates the read-model tables with every index, the API's guard tables and the data-key table; ones that exist are left as they are. */
    static void createTables(DynamoDbClient client) {
        for (CreateTableRequest table : ReadModelTables.all(ReadModel.Jobs.DEFAULT_TABLE,
                ReadModel.Users.DEFAULT_TABLE, ReadModel.CompanySearch.DEFAULT_TABLE,
                ReadModel.JobTags.DEFAULT_TABLE)) {
            createTable(client, table);
        }
        createTable(client, ReadModelTables.insights(ReadModel.Insights.DEFAULT_TABLE));
        createTable(client, ReadModelTables.remindersSent(ReadModel.RemindersSent.DEFAULT_TABLE));
        createTable(client, ReadModelTables.interviews(ReadModel.Interviews.DEFAULT_TABLE));
        createTable(client, ReadModelTables.quotas(ReadModel.Quotas.DEFAULT_TABLE));
        createTable(client, SessionsTable.create(SessionsTable.DEFAULT_TABLE));
        createTable(client, DataKeysTable.create(DataKeysTable.DEFAULT_TABLE));
    }

    private static void createTable(DynamoDbClient client, CreateTableRequest table) {
        try {
            client.createTable(table);
        } catch (ResourceInUseException alreadyThere) {
            // kept from an earlier run on disk
        }
    }
}
