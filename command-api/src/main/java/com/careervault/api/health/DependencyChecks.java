package com.careervault.api.health;

import com.careervault.api.auth.CognitoProperties;
import com.careervault.api.aws.DynamoDbProperties;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Live checks of the services around the API. Each answers true (healthy) or
 * false within {@link HealthProperties#timeout()}, never an error.
 */
@Component
class DependencyChecks {

    private static final Logger log = LoggerFactory.getLogger(DependencyChecks.class);

    private final Admin kafka;
    private final DynamoDbAsyncClient dynamo;
    private final CognitoIdentityProviderAsyncClient cognito;
    private final String jobsTable;
    private final String userPoolId;
    private final HealthProperties health;
    private final Duration timeout;

    /** {@code eventLogAdmin} is the API's one Kafka admin client (it also reads offsets for read-your-writes). */
    DependencyChecks(Admin eventLogAdmin, DynamoDbAsyncClient dynamo,
            CognitoIdentityProviderAsyncClient cognito, DynamoDbProperties dynamoProperties,
            CognitoProperties cognitoProperties, HealthProperties health) {
        this.timeout = health.timeout();
        this.kafka = eventLogAdmin;
        this.dynamo = dynamo;
        this.cognito = cognito;
        this.jobsTable = dynamoProperties.jobsTable();
        this.userPoolId = cognitoProperties.userPoolId();
        this.health = health;
    }

    /** Kafka {@code DescribeCluster}: a broker answers. */
    Mono<Boolean> kafka() {
        return Mono.defer(() -> Mono.fromCompletionStage(kafka.describeCluster(new DescribeClusterOptions()
                                .timeoutMs((int) timeout.toMillis())).clusterId().toCompletionStage()))
                .map(clusterId -> clusterId != null)
                .timeout(timeout)
                .onErrorResume(e -> down("kafka", e));
    }

    /** DynamoDB {@code DescribeTable} on the jobs table. */
    Mono<Boolean> dynamoDb() {
        return Mono.fromFuture(() -> dynamo.describeTable(r -> r.tableName(jobsTable)))
                .map(response -> true)
                .timeout(timeout)
                .onErrorResume(e -> down("dynamodb", e));
    }

    /** Cognito {@code DescribeUserPool} on our pool. */
    Mono<Boolean> cognito() {
        return Mono.fromFuture(() -> cognito.describeUserPool(r -> r.userPoolId(userPoolId)))
                .map(response -> true)
                .timeout(timeout)
                .onErrorResume(e -> down("cognito", e));
    }

    /**
     * The notifier's SMTP server: a TCP connect and its {@code 220} greeting
     * (RFC 5321 section 4.2), then {@code QUIT}. No login and no mail: the API
     * holds no SMTP credentials, so this proves the server is reachable and
     * speaking SMTP, not that it will accept the notifier's messages.
     */
    Mono<Boolean> smtp() {
        return Mono.fromCallable(this::smtpGreets)
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(timeout)
                .onErrorResume(e -> down("smtp", e));
    }

    private boolean smtpGreets() throws java.io.IOException {
        int millis = (int) timeout.toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(health.smtpHost(), health.smtpPort()), millis);
            socket.setSoTimeout(millis);
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = reader.readLine();
            boolean ready = greeting != null && greeting.startsWith("220");
            OutputStream out = socket.getOutputStream();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (!ready) {
                log.debug("smtp check: unexpected greeting {}", greeting);
            }
            return ready;
        }
    }

    private static Mono<Boolean> down(String service, Throwable e) {
        log.debug("{} check failed: {}", service, e.toString());
        return Mono.just(false);
    }
}
