package com.careervault.api.auth;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.identity.Identifiers;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One account per email address ({@link EmailReservationsTable}): an address is reserved with a
 * conditional put before any Cognito user gets it, so of two racing sign-ups exactly one wins. Every
 * address is compared in its canonical form ({@link Identifiers#canonicalEmail}). Store failures are
 * {@link DependencyUnavailableException} (503).
 */
@Component
public class EmailReservations {

    /**
     * Who holds an address.
     *
     * @param userId the Cognito {@code sub}; null while the sign-up that reserved it is still running
     * @param reservedAt ISO-8601 instant of the reservation
     */
    public record Owner(String email, String username, String userId, String reservedAt) {

        public boolean isComplete() {
            return userId != null;
        }
    }

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final Clock clock;

    public EmailReservations(DynamoDbAsyncClient dynamoDb, DynamoDbProperties properties, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = properties.emailReservationsTable();
        this.clock = clock;
    }

    /**
     * Reserves {@code email} for {@code username}: true when this call got it, false when it is held
     * already (by anyone, this username included).
     */
    public Mono<Boolean> reserve(String email, String username) {
        String canonical = Identifiers.canonicalEmail(email);
        return call(() -> dynamoDb.putItem(r -> r.tableName(table)
                        .item(Map.of(EmailReservationsTable.EMAIL, s(canonical),
                                EmailReservationsTable.USERNAME, s(Identifiers.canonicalUsername(username)),
                                EmailReservationsTable.RESERVED_AT, s(clock.instant().toString())))
                        .conditionExpression("attribute_not_exists(#email)")
                        .expressionAttributeNames(Map.of("#email", EmailReservationsTable.EMAIL))))
                .thenReturn(true)
                .onErrorResume(ConditionalCheckFailedException.class, e -> Mono.just(false));
    }

    /**
     * Takes over a reservation that {@code stale} describes (a sign-up that died before completing it),
     * for {@code username}: true when it was still exactly as read, false when someone changed it first.
     */
    public Mono<Boolean> takeOver(Owner stale, String username) {
        return call(() -> dynamoDb.putItem(r -> r.tableName(table)
                        .item(Map.of(EmailReservationsTable.EMAIL, s(stale.email()),
                                EmailReservationsTable.USERNAME, s(Identifiers.canonicalUsername(username)),
                                EmailReservationsTable.RESERVED_AT, s(clock.instant().toString())))
                        .conditionExpression("#reservedAt = :reservedAt AND attribute_not_exists(#userId)")
                        .expressionAttributeNames(Map.of("#reservedAt", EmailReservationsTable.RESERVED_AT,
                                "#userId", EmailReservationsTable.USER_ID))
                        .expressionAttributeValues(Map.of(":reservedAt", s(stale.reservedAt())))))
                .thenReturn(true)
                .onErrorResume(ConditionalCheckFailedException.class, e -> Mono.just(false));
    }

    /** Records the account that now holds a reservation: from here on the address logs in to it. */
    public Mono<Void> complete(String email, String username, String userId) {
        return call(() -> dynamoDb.putItem(r -> r.tableName(table)
                .item(Map.of(EmailReservationsTable.EMAIL, s(Identifiers.canonicalEmail(email)),
                        EmailReservationsTable.USERNAME, s(Identifiers.canonicalUsername(username)),
                        EmailReservationsTable.USER_ID, s(userId),
                        EmailReservationsTable.RESERVED_AT, s(clock.instant().toString()))))).then();
    }

    /**
     * Frees {@code email} if {@code username} holds it (a failed sign-up, or the old address after an
     * email change); does nothing when someone else holds it.
     */
    public Mono<Void> release(String email, String username) {
        return call(() -> dynamoDb.deleteItem(r -> r.tableName(table)
                        .key(Map.of(EmailReservationsTable.EMAIL, s(Identifiers.canonicalEmail(email))))
                        .conditionExpression("#username = :username")
                        .expressionAttributeNames(Map.of("#username", EmailReservationsTable.USERNAME))
                        .expressionAttributeValues(Map.of(":username",
                                s(Identifiers.canonicalUsername(username))))))
                .then()
                .onErrorResume(ConditionalCheckFailedException.class, e -> Mono.empty());
    }

    /** Who holds {@code email} (strongly consistent read); empty when nobody does. */
    public Mono<Optional<Owner>> owner(String email) {
        String canonical = Identifiers.canonicalEmail(email);
        return call(() -> dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(Map.of(EmailReservationsTable.EMAIL, s(canonical)))))
                .map(response -> response.hasItem() && !response.item().isEmpty()
                        ? Optional.of(new Owner(canonical, text(response.item(), EmailReservationsTable.USERNAME),
                                text(response.item(), EmailReservationsTable.USER_ID),
                                text(response.item(), EmailReservationsTable.RESERVED_AT)))
                        : Optional.empty());
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? null : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.conditionalCall("email reservations", request);
    }
}
