package com.careervault.projector.contacts;

import com.careervault.contracts.contacts.ContactSearch;
import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.events.ContactContacted;
import com.careervault.contracts.events.ContactDetails;
import com.careervault.contracts.events.ContactRemoved;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.ContactsProperties;
import com.careervault.projector.dynamodb.InterviewsProperties;
import com.careervault.projector.jobs.TombstoneProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Writes contact events into {@code CareerVault-Contacts} (one item per contact, see {@code ReadModel.Contacts}).
 * <p>
 * Added, changed and removed are conditional on the item's log position, like jobs: a redelivered or replayed
 * event changes nothing, and a removal leaves a tombstone (no personal field, {@code expires_at} for TTL) that
 * keeps a redelivered {@code contact.added} from bringing the contact back.
 * <p>
 * {@code last_contacted_at} is the latest of the "contacted" actions and of the starts of held interviews that
 * list the contact. Both are written as a maximum ("set if later"), which is idempotent and commutative, so
 * these writes do not record a log position: a held interview is a job event, applied in the job's lane
 * (see {@code PollProjection}) concurrently with the user's contact events, and must not move the contact's
 * position past events of the user's lane still to be applied.
 */
@Component
public class ContactProjection {

    /** The contact exists (its add was applied) and is not removed. */
    private static final String LIVE = "attribute_exists(#" + Contacts.CREATED_AT + ") AND attribute_not_exists(#"
            + Contacts.REMOVED + ")";

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;
    private final String interviewsTable;
    private final TombstoneProperties tombstones;
    private final Clock clock;

    public ContactProjection(DynamoDbAsyncClient dynamoDb, ContactsProperties tables, InterviewsProperties interviews,
            TombstoneProperties tombstones, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = tables.contactsTable();
        this.interviewsTable = interviews.interviewsTable();
        this.tombstones = tombstones;
        this.clock = clock;
    }

    /**
     * The contact's details and {@code created_at} (the event's time). Written as an update, not a put: an
     * item that only holds a {@code last_contacted_at} raised by a held interview applied before the add (see
     * {@link #outcomeRecorded}) keeps it. Never over a tombstone, never twice.
     */
    public CompletableFuture<ProjectionOutcome> added(EventEnvelope event, ContactDetails contact,
            LogPosition position) {
        ItemUpdate update = details(contact).set(Contacts.CREATED_AT, instant(event.time()));
        String condition = "attribute_not_exists(" + update.name(Contacts.REMOVED) + ") AND "
                + LogPosition.IS_NEWER_THAN_ITEM;
        return write(update.toRequest(table, key(event.userid(), contact.contactId()), position, condition));
    }

    /** The contact's whole new details and {@code updated_at}; only on a live contact. */
    public CompletableFuture<ProjectionOutcome> changed(EventEnvelope event, ContactDetails contact,
            LogPosition position) {
        ItemUpdate update = details(contact).set(Contacts.UPDATED_AT, instant(event.time()));
        return write(update.toRequest(table, key(event.userid(), contact.contactId()), position,
                live(update) + " AND " + LogPosition.IS_NEWER_THAN_ITEM));
    }

    /**
     * Replaces the contact by a tombstone: keys, {@code removed}, {@code expires_at} and the position, none of
     * the third party's details. A removal of a contact never seen leaves a bare tombstone too.
     */
    public CompletableFuture<ProjectionOutcome> removed(EventEnvelope event, ContactRemoved contact,
            LogPosition position) {
        Map<String, AttributeValue> item = new HashMap<>(key(event.userid(), contact.contactId()));
        item.put(Contacts.REMOVED, AttributeValue.fromBool(true));
        item.put(Contacts.EXPIRES_AT, AttributeValue.fromN(Long.toString(
                clock.instant().plus(tombstones.lifetime()).getEpochSecond())));
        item.putAll(position.attributes());
        return write(PutItemRequest.builder().tableName(table).item(item)
                .conditionExpression(LogPosition.IS_NEWER_THAN_ITEM)
                .expressionAttributeNames(LogPosition.names())
                .expressionAttributeValues(position.values())
                .build());
    }

    /** Raises {@code last_contacted_at} to the action's time on a live contact (a maximum; no position). */
    public CompletableFuture<ProjectionOutcome> contacted(EventEnvelope event, ContactContacted contacted,
            LogPosition position) {
        return raise(event.userid(), contacted.contactId(), contacted.contactedAt(), true);
    }

    /**
     * A held interview ({@code outcome.held()}) is contact with every contact it lists: each one's
     * {@code last_contacted_at} is raised to the interview's {@code starts_at}, both read from the interview's
     * item in {@code CareerVault-Interviews} (the events of its job came earlier in the same lane, so the item
     * is there). A no-show, or an interview without an item or without contacts, changes nothing
     * ({@code SKIPPED}).
     * <p>
     * The contact's item need not exist yet: in a replay its {@code contact.added} may be applied in the user's
     * lane at the same time. Then an item holding only the keys and {@code last_contacted_at} is written, which
     * the add completes (the API shows no contact without {@code created_at}); a tombstone is never touched.
     */
    public CompletableFuture<ProjectionOutcome> outcomeRecorded(EventEnvelope event, InterviewOutcomeRecorded recorded,
            LogPosition position) {
        if (!recorded.outcome().held()) {
            return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
        }
        Map<String, AttributeValue> interviewKey = Map.of(Interviews.USER_ID, AttributeValue.fromS(event.userid()),
                Interviews.INTERVIEW_KEY, AttributeValue.fromS(Interviews.key(recorded.jobId(), recorded.interviewId())));
        return dynamoDb.getItem(r -> r.tableName(interviewsTable).key(interviewKey).consistentRead(true)
                        .projectionExpression("#starts, #contacts")
                        .expressionAttributeNames(Map.of("#starts", Interviews.STARTS_AT,
                                "#contacts", Interviews.CONTACT_IDS)))
                .thenCompose(found -> {
                    Map<String, AttributeValue> item = found.hasItem() ? found.item() : Map.of();
                    AttributeValue startsAt = item.get(Interviews.STARTS_AT);
                    AttributeValue contactIds = item.get(Interviews.CONTACT_IDS);
                    if (startsAt == null || contactIds == null || !contactIds.hasL() || contactIds.l().isEmpty()) {
                        return CompletableFuture.completedFuture(ProjectionOutcome.SKIPPED);
                    }
                    Instant at = Timestamps.parse(startsAt.s());
                    List<CompletableFuture<ProjectionOutcome>> raises = contactIds.l().stream()
                            .map(id -> raise(event.userid(), id.s(), at, false)).toList();
                    return CompletableFuture.allOf(raises.toArray(CompletableFuture[]::new))
                            .thenApply(done -> raises.stream().anyMatch(
                                    raise -> raise.join() == ProjectionOutcome.APPLIED)
                                    ? ProjectionOutcome.APPLIED : ProjectionOutcome.SKIPPED);
                });
    }

    /**
     * {@code last_contacted_at = at} where it is absent or earlier. With {@code liveOnly} only on a live
     * contact; otherwise anywhere but on a tombstone (creating the bare item {@link #outcomeRecorded} explains).
     */
    private CompletableFuture<ProjectionOutcome> raise(String userId, String contactId, Instant at,
            boolean liveOnly) {
        AttributeValue time = instant(at);
        String condition = (liveOnly ? LIVE : "attribute_not_exists(#" + Contacts.REMOVED + ")")
                + " AND (attribute_not_exists(#last) OR #last < :at)";
        Map<String, String> names = new HashMap<>(Map.of("#last", Contacts.LAST_CONTACTED_AT,
                "#" + Contacts.REMOVED, Contacts.REMOVED));
        if (liveOnly) {
            names.put("#" + Contacts.CREATED_AT, Contacts.CREATED_AT);
        }
        return write(UpdateItemRequest.builder().tableName(table).key(key(userId, contactId))
                .updateExpression("SET #last = :at")
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":at", time))
                .build());
    }

    /** Every detail of the contact: present ones set, absent ones removed, the search keys with them. */
    private static ItemUpdate details(ContactDetails contact) {
        ItemUpdate update = new ItemUpdate()
                .set(Contacts.NAME, AttributeValue.fromS(contact.name()))
                .set(Contacts.NAME_KEY, AttributeValue.fromS(ContactSearch.key(contact.name())))
                .set(Contacts.JOB_IDS, AttributeValue.fromL(contact.jobIds().stream()
                        .map(AttributeValue::fromS).toList()));
        update.setOrRemove(Contacts.ROLE, contact.role());
        update.setOrRemove(Contacts.COMPANY, contact.company());
        update.setOrRemove(Contacts.COMPANY_KEY, ContactSearch.key(contact.company()));
        update.setOrRemove(Contacts.EMAIL, contact.email());
        update.setOrRemove(Contacts.PHONE, contact.phone());
        update.setOrRemove(Contacts.PROFILE_URL, contact.profileUrl());
        update.setOrRemove(Contacts.NOTES, contact.notes());
        return update;
    }

    private static String live(ItemUpdate update) {
        return "attribute_exists(" + update.name(Contacts.CREATED_AT) + ") AND attribute_not_exists("
                + update.name(Contacts.REMOVED) + ")";
    }

    private static Map<String, AttributeValue> key(String userId, String contactId) {
        return Map.of(Contacts.USER_ID, AttributeValue.fromS(userId),
                Contacts.CONTACT_ID, AttributeValue.fromS(contactId));
    }

    private static AttributeValue instant(Instant value) {
        return AttributeValue.fromS(Timestamps.format(value));
    }

    private CompletableFuture<ProjectionOutcome> write(UpdateItemRequest request) {
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(request));
    }

    private CompletableFuture<ProjectionOutcome> write(PutItemRequest request) {
        return ConditionalWrite.outcomeOf(dynamoDb.putItem(request));
    }
}
