package com.careervault.enricher.dynamodb;

import com.careervault.contracts.aws.AwsCredentials;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/** The one asynchronous DynamoDB client of the enricher (data keys, resumes, memo, read-model reads). */
@Configuration(proxyBeanMethods = false)
class DynamoDbClientConfiguration {

    @Bean(destroyMethod = "close")
    DynamoDbAsyncClient dynamoDbAsyncClient(AwsProperties aws, DynamoDbProperties dynamoDb) {
        DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder()
                .region(Region.of(aws.region()))
                .credentialsProvider(AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .maxConcurrency(dynamoDb.maxConcurrency())
                        .connectionTimeout(Duration.ofSeconds(2))
                        // writes wait for a pooled connection rather than fail while the pool is busy
                        .connectionAcquisitionTimeout(Duration.ofSeconds(30)))
                // without these a frozen endpoint would leave calls (and the consumer) hanging forever
                .overrideConfiguration(config -> config
                        .apiCallAttemptTimeout(dynamoDb.apiCallAttemptTimeout())
                        .apiCallTimeout(dynamoDb.apiCallTimeout()));
        dynamoDb.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

}
