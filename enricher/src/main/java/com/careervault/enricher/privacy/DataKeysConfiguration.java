package com.careervault.enricher.privacy;

import com.careervault.contracts.aws.AwsCredentials;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysSettings;
import com.careervault.contracts.privacy.MasterKey;
import com.careervault.enricher.dynamodb.AwsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The enricher reads users' data keys to decrypt the personal fields of the events it reads, and encrypts the
 * personal fields of the {@code JobEnriched} events it appends (a user's key is created on first use, as the
 * command API does, but never again for a deleted user: {@code PersonalDataErasedException}). Without a master
 * key it does not start.
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

    /** Decrypts personal fields with the users' keys; an event of a deleted user cannot be read (erased). */
    @Bean
    EventCodec eventCodec(DataKeys dataKeys) {
        return new EventCodec(dataKeys);
    }
}
