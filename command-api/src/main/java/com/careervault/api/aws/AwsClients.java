package com.careervault.api.aws;

import com.careervault.api.auth.CognitoProperties;
import com.careervault.contracts.aws.AwsCredentials;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The asynchronous AWS clients of the API: one each, shared, non-blocking (Netty). */
@Configuration(proxyBeanMethods = false)
public class AwsClients {

    @Bean(destroyMethod = "close")
    DynamoDbAsyncClient dynamoDb(AwsProperties aws, DynamoDbProperties dynamo) {
        DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder()
                .region(Region.of(aws.region()))
                .credentialsProvider(AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(dynamo.callTimeout())
                        .build());
        if (dynamo.endpoint() != null && !dynamo.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(dynamo.endpoint()));
        }
        return builder.build();
    }

    /** Documents' object storage (docs/documents.md): set up by contracts' {@code S3Settings}, as everywhere. */
    @Bean(destroyMethod = "close")
    S3AsyncClient s3(AwsProperties aws, S3Properties s3) {
        return s3.settings().asyncClient(aws.region(), AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()));
    }

    /** Signs documents' download URLs for the same endpoint and credentials; signing makes no call. */
    @Bean(destroyMethod = "close")
    S3Presigner s3Presigner(AwsProperties aws, S3Properties s3) {
        return s3.settings().presigner(aws.region(), AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()));
    }

    @Bean(destroyMethod = "close")
    CognitoIdentityProviderAsyncClient cognito(AwsProperties aws, CognitoProperties cognito) {
        CognitoIdentityProviderAsyncClientBuilder builder = CognitoIdentityProviderAsyncClient.builder()
                .region(Region.of(aws.region()))
                .credentialsProvider(AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(cognito.callTimeout())
                        .build());
        if (cognito.endpoint() != null && !cognito.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(cognito.endpoint()));
        }
        return builder.build();
    }

}
