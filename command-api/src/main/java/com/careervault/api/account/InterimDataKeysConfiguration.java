package com.careervault.api.account;

import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * TODO(lead, at the merge of issue 15): remove this class once the crypto helper's {@link DataKeys} bean is
 * on main. Until then it deletes the key item the way the shared decision describes the key table
 * ({@code CareerVault-DataKeys}, partition {@code user_id}), so that the account deletion runs and its tests
 * pass with or without the real implementation; a table that does not exist holds no key.
 */
@Configuration(proxyBeanMethods = false)
class InterimDataKeysConfiguration {

    @Bean
    @ConditionalOnMissingBean(DataKeys.class)
    DataKeys interimDataKeys(DynamoDbAsyncClient dynamo,
            @Value("${careervault.data-keys.table:${DYNAMODB_DATA_KEYS_TABLE:CareerVault-DataKeys}}") String table) {
        return userId -> {
            try {
                dynamo.deleteItem(r -> r.tableName(table).key(Map.of("user_id", AttributeValue.fromS(userId))))
                        .join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof ResourceNotFoundException) {
                    return;
                }
                throw new DataKeysUnavailableException("the data key table cannot be reached",
                        e.getCause() instanceof SdkException ? e.getCause() : e);
            }
        };
    }

}
