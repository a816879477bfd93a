package com.careervault.api.health;

import com.careervault.api.auth.CognitoProperties;
import com.careervault.api.aws.DynamoDbProperties;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** Live checks of the three services the API needs; each answers within a bounded time. */
@Component
class DependencyChecks implements DisposableBean {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Admin kafka;
    private final DynamoDbAsyncClient dynamo;
    private final CognitoIdentityProviderAsyncClient cognito;
    private final String jobsTable;
    private final String userPoolId;

    DependencyChecks(KafkaProperties kafkaProperties, DynamoDbAsyncClient dynamo,
            CognitoIdentityProviderAsyncClient cognito, DynamoDbProperties dynamoProperties,
            CognitoProperties cognitoProperties) {
        Map<String, Object> admin = new java.util.HashMap<>(kafkaProperties.buildAdminProperties());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.kafka = Admin.create(admin);
        this.dynamo = dynamo;
        this.cognito = cognito;
        this.jobsTable = dynamoProperties.jobsTable();
        this.userPoolId = cognitoProperties.userPoolId();
    }

    Mono<Boolean> kafka() {
        return Mono.fromCallable(() -> kafka.describeCluster(new DescribeClusterOptions()
                                .timeoutMs((int) TIMEOUT.toMillis())).clusterId()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) != null)
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorReturn(false);
    }

    Mono<Boolean> dynamoDb() {
        return Mono.fromFuture(() -> dynamo.describeTable(r -> r.tableName(jobsTable)))
                .map(response -> true)
                .timeout(TIMEOUT)
                .onErrorReturn(false);
    }

    Mono<Boolean> cognito() {
        return Mono.fromFuture(() -> cognito.describeUserPool(r -> r.userPoolId(userPoolId)))
                .map(response -> true)
                .timeout(TIMEOUT)
                .onErrorReturn(false);
    }

    @Override
    public void destroy() {
        kafka.close(Duration.ofSeconds(1));
    }
}
