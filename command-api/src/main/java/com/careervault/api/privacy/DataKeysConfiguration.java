package com.careervault.api.privacy;

import com.careervault.api.aws.AwsProperties;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysSettings;
import com.careervault.contracts.privacy.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kms.KmsAsyncClient;

/**
 * The API's data keys: it creates a user's key with the first personal event and deletes it with the account.
 * Without a master key (neither {@code DATA_KEYS_MASTER_KEY} nor {@code DATA_KEYS_KMS_KEY_ARN}) it does not start.
 */
@Configuration(proxyBeanMethods = false)
class DataKeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataKeysConfiguration.class);

    @Bean
    MasterKey dataKeysMasterKey(DataKeysProperties properties, AwsProperties aws) {
        DataKeysSettings settings = properties.settings();
        MasterKey key = settings.masterKey(() -> KmsAsyncClient.builder()
                .region(Region.of(settings.kmsRegion().orElse(aws.region())))
                .credentialsProvider(aws.hasStaticCredentials()
                        ? StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(aws.accessKeyId(), aws.secretAccessKey()))
                        : DefaultCredentialsProvider.builder().build())
                .build());
        log.info("data keys in {}, wrapped by {}", settings.table(), key.description());
        return key;
    }

    @Bean
    DataKeys dataKeys(DataKeysProperties properties, DynamoDbAsyncClient dynamoDb, MasterKey masterKey) {
        return properties.settings().dataKeys(dynamoDb, masterKey);
    }
}
