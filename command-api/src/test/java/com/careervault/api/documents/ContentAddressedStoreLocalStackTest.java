package com.careervault.api.documents;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * The content-addressed store on LocalStack's S3 (Testcontainers), which, unlike s3rver, honours
 * {@code If-None-Match: *} on PutObject as S3 does. Skipped where no Docker engine runs (as on our build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContentAddressedStoreLocalStackTest extends ContentAddressedStoreContract {

    static final String BUCKET = "careervault-documents";

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer("localstack/localstack:4.4")
            .withServices("s3");

    @BeforeAll
    static void createBucket() {
        try (S3AsyncClient s3 = new com.careervault.contracts.aws.S3Settings(LOCALSTACK.getEndpoint().toString(),
                null, null, null).asyncClient(LOCALSTACK.getRegion(), StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("local", "local")))) {
            s3.createBucket(r -> r.bucket(BUCKET)).join();
        }
    }

    @Override
    String endpoint() {
        return LOCALSTACK.getEndpoint().toString();
    }

    @Override
    String bucket() {
        return BUCKET;
    }
}
