package com.careervault.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Whose fault a failed DynamoDB call is: the client's (400), an outage (503) or ours (500). */
class DynamoDbCallsTest {

    @Test
    void aValidationErrorOnAClientValueIsA400OnThatField() {
        Throwable translated = DynamoDbCalls.translate("job store", "cursor", service("ValidationException", 400));
        assertThat(translated).isInstanceOf(InvalidRequestException.class);
        assertThat(((InvalidRequestException) translated).problems())
                .containsExactly(new FieldProblem("cursor", "is not valid for this request"));
    }

    @Test
    void aValidationErrorOnOurOwnRequestIsOurFault() {
        assertThat(DynamoDbCalls.translate("job store", null, service("ValidationException", 400)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The job store refused a request built by the API");
    }

    @Test
    void throttlingServerErrorsAndTimeoutsAreUnavailability() {
        Throwable throttled = ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                .build();
        assertThat(DynamoDbCalls.translate("job store", "cursor", throttled))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessage("The job store is unavailable; retry later");
        assertThat(DynamoDbCalls.translate("job store", null, service("ThrottlingException", 400)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(DynamoDbCalls.translate("job store", null, service("InternalServerError", 500)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(DynamoDbCalls.translate("user store", null, ApiCallTimeoutException.create(3000)))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessage("The user store is unavailable; retry later");
    }

    @Test
    void aMissingTableIsOurFaultNotTheClientsNorAnOutage() {
        Throwable missing = ResourceNotFoundException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException").build()).build();
        assertThat(DynamoDbCalls.translate("job store", "cursor", missing)).isSameAs(missing);
    }

    @Test
    void aStoreNobodyListensOnIsUnavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (DynamoDbAsyncClient closed = DynamoDbAsyncClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .overrideConfiguration(config -> config.apiCallTimeout(Duration.ofSeconds(5)))
                .build()) {
            assertThatThrownBy(() -> DynamoDbCalls.call("job store", "cursor",
                            () -> closed.getItem(r -> r.tableName("CareerVault-Jobs")
                                    .key(java.util.Map.of()))).block())
                    .isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void successPassesThrough() {
        assertThat(DynamoDbCalls.call("job store", null, () -> CompletableFuture.completedFuture("item")).block())
                .isEqualTo("item");
    }

    @Test
    void aGuardTablesFailedConditionPassesOnAndAnyOtherSdkFailureIsUnavailability() {
        ConditionalCheckFailedException taken = ConditionalCheckFailedException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ConditionalCheckFailedException").build())
                .build();
        assertThatThrownBy(() -> DynamoDbCalls.conditionalCall("quota store",
                        () -> CompletableFuture.failedFuture(new CompletionException(taken))).block())
                .isSameAs(taken);
        assertThatThrownBy(() -> DynamoDbCalls.conditionalCall("quota store",
                        () -> CompletableFuture.failedFuture(service("ValidationException", 400))).block())
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessage("The quota store is unavailable; retry later");
        IllegalStateException ours = new IllegalStateException("a bug");
        assertThatThrownBy(() -> DynamoDbCalls.conditionalCall("quota store",
                        () -> CompletableFuture.failedFuture(ours)).block())
                .isSameAs(ours);
        assertThat(DynamoDbCalls.conditionalCall("quota store", () -> CompletableFuture.completedFuture("item"))
                .block()).isEqualTo("item");
    }

    private static DynamoDbException service(String code, int status) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }
}
