package com.careervault.api.privacy;

import com.careervault.api.aws.AwsProperties;
import com.careervault.contracts.aws.AwsCredentials;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysSettings;
import com.careervault.contracts.privacy.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

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
        MasterKey key = settings.masterKey(aws.region(), AwsCredentials.of(aws.accessKeyId(), aws.secretAccessKey()));
        log.info("data keys in {}, wrapped by {}", settings.table(), key.description());
        return key;
    }

    @Bean
    DataKeys dataKeys(DataKeysProperties properties, DynamoDbAsyncClient dynamoDb, MasterKey masterKey) {
        return properties.settings().dataKeys(dynamoDb, masterKey);
    }
}
