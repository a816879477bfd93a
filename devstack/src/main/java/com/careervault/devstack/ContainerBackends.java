package com.careervault.devstack;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Kafka, DynamoDB and S3 in Docker containers (Testcontainers: Apache Kafka and
 * LocalStack), for machines that have Docker and want the services' own
 * images rather than the embedded broker, dynalite and s3rver. Chosen with
 * {@code -Dcareervault.stack=testcontainers}; tests skip where no Docker runs.
 */
final class ContainerBackends implements AutoCloseable {

    static final String KAFKA_IMAGE = "apache/kafka-native:4.1.1";
    static final String LOCALSTACK_IMAGE = "localstack/localstack:4.4";

    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    private final LocalStackContainer localStack = new LocalStackContainer(LOCALSTACK_IMAGE).withServices("dynamodb", "s3");

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    void start() {
        kafka.start();
        localStack.start();
        StackResources.createTopics(bootstrapServers());
        try (DynamoDbClient client = Dynalite.client(dynamoDbEndpoint())) {
            StackResources.createTables(client);
        }
        try (S3Client s3 = S3rver.client(s3Endpoint())) {
            s3.createBucket(r -> r.bucket(S3rver.DOCUMENTS_BUCKET));
        }
    }

    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    URI dynamoDbEndpoint() {
        return localStack.getEndpoint();
    }

    URI s3Endpoint() {
        return localStack.getEndpoint();
    }

    @Override
    public void close() {
        localStack.stop();
        kafka.stop();
    }
}
