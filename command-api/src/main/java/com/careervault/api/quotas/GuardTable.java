package com.careervault.api.quotas;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The quota guard table's few calls, non-blocking. A failed condition stays a
 * {@link ConditionalCheckFailedException} (a decision); any other failure becomes
 * {@link DependencyUnavailableException} (503, retry later).
 */
final class GuardTable {

    private final DynamoDbAsyncClient dynamoDb;
    private final String name;

    GuardTable(DynamoDbAsyncClient dynamoDb, String name) {
        this.dynamoDb = dynamoDb;
        this.name = name;
    }

    Map<String, AttributeValue> key(String userId, String guard) {
        return Map.of(Quotas.USER_ID, AttributeValue.fromS(userId), Quotas.GUARD, AttributeValue.fromS(guard));
    }

    Mono<Void> update(Consumer<UpdateItemRequest.Builder> request) {
        return call(() -> dynamoDb.updateItem(builder -> request.accept(builder.tableName(name)))).then();
    }

    Mono<Void> put(Consumer<PutItemRequest.Builder> request) {
        return call(() -> dynamoDb.putItem(builder -> request.accept(builder.tableName(name)))).then();
    }

    Mono<Void> delete(Consumer<DeleteItemRequest.Builder> request) {
        return call(() -> dynamoDb.deleteItem(builder -> request.accept(builder.tableName(name)))).then();
    }

    /** The item (strongly consistent read), or an empty map when there is none. */
    Mono<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        return call(() -> dynamoDb.getItem(builder -> builder.tableName(name).key(key).consistentRead(true)))
                .map(response -> response.hasItem() ? response.item() : Map.of());
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.conditionalCall("quota store", request);
    }
}
