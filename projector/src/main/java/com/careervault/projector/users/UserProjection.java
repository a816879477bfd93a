package com.careervault.projector.users;

import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.identity.Identifiers;
import com.careervault.contracts.time.Timestamps;
import com.careervault.projector.dynamodb.DynamoDbProperties;
import com.careervault.projector.readmodel.ConditionalWrite;
import com.careervault.projector.readmodel.ItemUpdate;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes user events into {@code CareerVault-Users}, conditional on the item's log position. */
@Component
public class UserProjection {

    private final DynamoDbAsyncClient dynamoDb;
    private final String table;

    public UserProjection(DynamoDbAsyncClient dynamoDb, DynamoDbProperties tables) {
        this.dynamoDb = dynamoDb;
        this.table = tables.usersTable();
    }

    /**
     * The account's profile, with the default reminder preferences unless the
     * item already has preferences of its own.
     */
    public CompletableFuture<ProjectionOutcome> registered(EventEnvelope event, UserRegistered user,
            LogPosition position) {
        ItemUpdate update = new ItemUpdate()
                // canonical forms, whoever wrote the event: email-index is looked up by the canonical email
                .set(Users.USERNAME, AttributeValue.fromS(Identifiers.canonicalUsername(user.username())))
                .set(Users.EMAIL, AttributeValue.fromS(Identifiers.canonicalEmail(user.email())))
                .set(Users.EMAIL_VERIFIED, AttributeValue.fromBool(user.emailTrusted()))
                .setIfPresent(Users.GIVEN_NAME, text(user.givenName()))
                .setIfPresent(Users.FAMILY_NAME, text(user.familyName()))
                .set(Users.CREATED_AT, AttributeValue.fromS(Timestamps.format(event.time())))
                .setIfAbsent(Users.PREFERENCES, preferences(ReminderPreferences.defaults()));
        return write(update, event, position);
    }

    /** The whole new set replaces the old one. */
    public CompletableFuture<ProjectionOutcome> preferencesChanged(EventEnvelope event, UserPreferencesChanged change,
            LogPosition position) {
        ItemUpdate update = new ItemUpdate().set(Users.PREFERENCES, preferences(change.preferences()));
        return write(update, event, position);
    }

    /**
     * The address is verified, provided it is still the item's address: a link verified for an address the
     * user has since changed away from verifies nothing. When the address differs the write is refused and
     * the item (position included) stays as it is; a redelivery is refused the same way.
     */
    public CompletableFuture<ProjectionOutcome> emailVerified(EventEnvelope event, UserEmailVerified verified,
            LogPosition position) {
        ItemUpdate update = new ItemUpdate().set(Users.EMAIL_VERIFIED, AttributeValue.fromBool(true));
        String sameAddress = update.name(Users.EMAIL) + " = "
                + update.value("verified_email", AttributeValue.fromS(Identifiers.canonicalEmail(verified.email())));
        return write(update, event, position, sameAddress + " AND " + LogPosition.IS_NEWER_THAN_ITEM);
    }

    /** The new address, unverified until its own {@code UserEmailVerified}. */
    public CompletableFuture<ProjectionOutcome> emailChanged(EventEnvelope event, UserEmailChanged changed,
            LogPosition position) {
        ItemUpdate update = new ItemUpdate()
                .set(Users.EMAIL, AttributeValue.fromS(Identifiers.canonicalEmail(changed.email())))
                .set(Users.EMAIL_VERIFIED, AttributeValue.fromBool(false));
        return write(update, event, position);
    }

    private CompletableFuture<ProjectionOutcome> write(ItemUpdate update, EventEnvelope event,
            LogPosition position) {
        return write(update, event, position, LogPosition.IS_NEWER_THAN_ITEM);
    }

    /** Keyed by the envelope's user id: the topic key, and so the unit of ordering. */
    private CompletableFuture<ProjectionOutcome> write(ItemUpdate update, EventEnvelope event,
            LogPosition position, String condition) {
        String userId = event.userid();
        return ConditionalWrite.outcomeOf(dynamoDb.updateItem(update.toRequest(table,
                Map.of(Users.USER_ID, AttributeValue.fromS(userId)), position, condition)));
    }

    static AttributeValue preferences(ReminderPreferences preferences) {
        return AttributeValue.fromM(Map.of(
                "follow_up_enabled", AttributeValue.fromBool(preferences.followUpEnabled()),
                "follow_up_days", AttributeValue.fromN(Integer.toString(preferences.followUpDays())),
                "interview_enabled", AttributeValue.fromBool(preferences.interviewEnabled()),
                "custom_enabled", AttributeValue.fromBool(preferences.customEnabled()),
                "time_zone", AttributeValue.fromS(preferences.timeZone()),
                "interview_lead_hours", AttributeValue.fromN(Integer.toString(preferences.interviewLeadHours())),
                "ghosted_after_applied_days",
                AttributeValue.fromN(Integer.toString(preferences.ghostedAfterAppliedDays())),
                "ghosted_after_interview_days",
                AttributeValue.fromN(Integer.toString(preferences.ghostedAfterInterviewDays()))));
    }

    private static AttributeValue text(String value) {
        return value == null ? null : AttributeValue.fromS(value);
    }
}
