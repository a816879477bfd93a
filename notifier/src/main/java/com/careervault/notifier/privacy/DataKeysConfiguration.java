package com.careervault.notifier.privacy;

import com.careervault.contracts.aws.AwsCredentials;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysSettings;
import com.careervault.contracts.privacy.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * The notifier reads users' data keys (never creates or deletes one) to decrypt the personal fields of
 * events: the key table's DynamoDB client, the master key, and the codec the topology decodes with.
 */
@Configuration(proxyBeanMethods = false)
public class DataKeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataKeysConfiguration.class);

    @Bean(destroyMethod = "close")
    DynamoDbAsyncClient dataKeysDynamoDb(AwsProperties aws, DynamoDbProperties dynamoDb) {
        DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder()
                .region(Region.of(aws.region()))
                .credentialsProvider(AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()))
                // bounded: a stream thread waits for these calls
                .overrideConfiguration(config -> config
                        .apiCallAttemptTimeout(dynamoDb.apiCallAttemptTimeout())
                        .apiCallTimeout(dynamoDb.apiCallTimeout()));
        dynamoDb.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Bean
    MasterKey dataKeysMasterKey(DataKeysProperties properties, AwsProperties aws) {
        DataKeysSettings settings = properties.settings();
        MasterKey key = settings.masterKey(aws.region(), AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()));
        log.info("data keys in {}, wrapped by {}", settings.table(), key.description());
        return key;
    }

    @Bean
    DataKeys dataKeys(DataKeysProperties properties, DynamoDbAsyncClient dataKeysDynamoDb, MasterKey masterKey) {
        return properties.settings().dataKeys(dataKeysDynamoDb, masterKey);
    }

    /** Decrypts personal fields with the users' keys; an event of a deleted user cannot be read (erased). */
    @Bean
    EventCodec eventCodec(DataKeys dataKeys) {
        return new EventCodec(dataKeys);
    }

}
