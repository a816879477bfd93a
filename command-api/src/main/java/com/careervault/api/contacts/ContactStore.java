package com.careervault.api.contacts;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.contracts.contacts.ContactSearch;
import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads the caller's contacts from {@code CareerVault-Contacts} (strongly consistent; failures are 503s). A
 * contact is shown only while live: a tombstone ({@code removed}) and an item the projector has only begun
 * (a {@code last_contacted_at} without the contact's {@code created_at}) are not contacts. A user has at most
 * {@code ContactLimits.PER_USER_MAX} contacts, so listings read the whole partition.
 */
@Component
public class ContactStore {

    private static final Comparator<ContactView> BY_NAME = Comparator
            .comparing((ContactView contact) -> ContactSearch.key(contact.name()))
            .thenComparing(ContactView::contactId);

    private final DynamoDbAsyncClient dynamo;
    private final String table;

    public ContactStore(DynamoDbAsyncClient dynamo, ContactsProperties properties) {
        this.dynamo = dynamo;
        this.table = properties.contactsTable();
    }

    /** The caller's live contact with this id; empty when there is none (never had, removed, another user's). */
    public Mono<Optional<ContactView>> find(String userId, String contactId) {
        return call(() -> dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                        Contacts.USER_ID, AttributeValue.fromS(userId),
                        Contacts.CONTACT_ID, AttributeValue.fromS(contactId)))))
                .map(response -> response.hasItem() && isLive(response.item())
                        ? Optional.of(view(response.item())) : Optional.<ContactView>empty());
    }

    /** Every live contact of the caller, by name (case-insensitive), then id. */
    public Mono<List<ContactView>> all(String userId) {
        return items(userId).filter(ContactStore::isLive).map(ContactStore::view).sort(BY_NAME).collectList();
    }

    /**
     * The caller's contacts whose name or company contains {@code query} (case-insensitive, as
     * {@link ContactSearch#key} folds both); every contact for a null query.
     */
    public Mono<List<ContactView>> search(String userId, String query) {
        String key = ContactSearch.key(query);
        return all(userId).map(contacts -> key == null || key.isEmpty() ? contacts : contacts.stream()
                .filter(contact -> contains(contact.name(), key) || contains(contact.company(), key)).toList());
    }

    /** The caller's contacts linked to {@code jobId}, as a job shows them. */
    public Mono<List<ContactSummary>> linkedTo(String userId, String jobId) {
        return all(userId).map(contacts -> contacts.stream().filter(contact -> contact.jobIds().contains(jobId))
                .map(ContactSummary::of).toList());
    }

    /**
     * Those of {@code contactIds} that are not live contacts of the caller (never were, removed, another
     * user's), in the order given, each once.
     */
    public Mono<List<String>> notContactsOf(String userId, List<String> contactIds) {
        if (contactIds.isEmpty()) {
            return Mono.just(List.of());
        }
        return all(userId).map(contacts -> {
            Set<String> live = contacts.stream().map(ContactView::contactId).collect(Collectors.toSet());
            return contactIds.stream().distinct().filter(id -> !live.contains(id)).toList();
        });
    }

    private static boolean contains(String text, String key) {
        return text != null && ContactSearch.key(text).contains(key);
    }

    private Flux<Map<String, AttributeValue>> items(String userId) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", Contacts.USER_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)));
        return page(query, null)
                .expand(response -> response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? page(query, response.lastEvaluatedKey()) : Mono.empty(), 1)
                .concatMapIterable(QueryResponse::items);
    }

    private Mono<QueryResponse> page(QueryRequest.Builder query, Map<String, AttributeValue> start) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return call(() -> dynamo.query(request));
    }

    private static boolean isLive(Map<String, AttributeValue> item) {
        return item.containsKey(Contacts.CREATED_AT) && !item.containsKey(Contacts.REMOVED);
    }

    private static ContactView view(Map<String, AttributeValue> item) {
        AttributeValue jobs = item.get(Contacts.JOB_IDS);
        return new ContactView(s(item, Contacts.CONTACT_ID), s(item, Contacts.NAME), s(item, Contacts.ROLE),
                s(item, Contacts.COMPANY), s(item, Contacts.EMAIL), s(item, Contacts.PHONE),
                s(item, Contacts.PROFILE_URL), s(item, Contacts.NOTES),
                jobs == null || !jobs.hasL() ? List.of() : jobs.l().stream().map(AttributeValue::s).toList(),
                s(item, Contacts.LAST_CONTACTED_AT), s(item, Contacts.CREATED_AT), s(item, Contacts.UPDATED_AT));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return DynamoDbCalls.call("contact store", null, request);
    }
}
