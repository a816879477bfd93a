package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.kafka.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Docker backends hold the same topics, tables and bucket as the embedded ones.
 * Skipped where no Docker engine runs (as on our build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBackendsTest {

    @Test
    void containersHoldEveryTopicATableThatAnswersQueriesAndTheDocumentsBucket() throws Exception {
        try (ContainerBackends containers = new ContainerBackends()) {
            containers.start();

            try (Admin admin = StackResources.admin(containers.bootstrapServers())) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertThat(topics).containsAll(Topics.all().stream().map(Topics.TopicSpec::name).toList());
            }
            try (DynamoDbClient dynamo = Dynalite.client(containers.dynamoDbEndpoint())) {
                dynamo.putItem(r -> r.tableName(Jobs.DEFAULT_TABLE).item(Map.of(
                        Jobs.USER_ID, AttributeValue.fromS("u1"), Jobs.JOB_ID, AttributeValue.fromS("j1"),
                        Jobs.CREATED_AT, AttributeValue.fromS("2026-11-24T17:00:00.000000Z"))));
                List<Map<String, AttributeValue>> items = dynamo.query(r -> r.tableName(Jobs.DEFAULT_TABLE)
                        .indexName(Jobs.USER_CREATED_AT_INDEX).keyConditionExpression("user_id = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS("u1")))).items();
                assertThat(items).hasSize(1);
            }
            try (S3Client s3 = S3rver.client(containers.s3Endpoint())) {
                s3.putObject(r -> r.bucket(S3rver.DOCUMENTS_BUCKET).key("k"), RequestBody.fromString("bytes"));
                assertThat(s3.getObjectAsBytes(r -> r.bucket(S3rver.DOCUMENTS_BUCKET).key("k")).asUtf8String())
                        .isEqualTo("bytes");
            }
        }
    }
}
