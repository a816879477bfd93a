package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EmbeddedMongo;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * A run killed between AdminCreateUser and the commit of the user's events left a Cognito user and a
 * {@code CREATING} progress record: the next run finishes that account (same Cognito user, one
 * UserRegistered) instead of taking it for someone else's and matching it.
 */
@ExtendWith(DevStackExtension.class)
class ResumeAccountCreationTest {

    private final DevStack stack;

    ResumeAccountCreationTest(DevStack stack) {
        this.stack = stack;
    }

    @Test
    void anAccountLeftHalfMadeIsFinishedNotMatched() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            OldSystemData data = new OldSystemData("half", 1, 3);
            data.insertInto(mongo.connectionString(), "job_tracker");
            Document user = data.users.get(0);
            String mongoId = user.getObjectId("_id").toHexString();
            Properties properties = MigrationTestSupport.properties(stack,
                    Map.of("mongo.uri", mongo.connectionString()));
            MigrationSettings settings = MigrationTestSupport.settings(properties);
            // what the killed run left: its CREATING record, then the Cognito user
            new ProgressTopic(settings).create();
            try (EventCodecs codecs = EventCodecs.open(settings);
                    EventLogWriter log = new EventLogWriter(settings, codecs.codec())) {
                log.append(List.of(), Progress.Entry.user(
                        new Progress.UserProgress(mongoId, Progress.UserState.CREATING, null)));
            }
            String sub = stack.cognito().client().adminCreateUser(r -> r.userPoolId(stack.cognito().userPoolId())
                    .username(user.getString("username")).messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(AttributeType.builder().name("email").value(user.getString("email")).build(),
                            AttributeType.builder().name("email_verified").value("false").build()))
                    .user().attributes().stream().filter(a -> a.name().equals("sub")).map(AttributeType::value)
                    .findFirst().orElseThrow();

            MigrationTestSupport.Run run = MigrationTestSupport.run(properties);

            assertThat(run.summary().usersCreated).isEqualTo(1);
            assertThat(run.summary().usersMatched).isZero();
            assertThat(run.summary().jobsImported).isEqualTo(3);
            List<EventEnvelope> events = MigrationTestSupport.events(stack).stream()
                    .filter(e -> e.userid().equals(sub)).toList();
            assertThat(events.stream().filter(e -> e.data() instanceof UserRegistered)).hasSize(1);
            assertThat(events.stream().filter(e -> e.data() instanceof JobCreated)).hasSize(3);
            assertThat(stack.cognito().client().listUsers(r -> r.userPoolId(stack.cognito().userPoolId())
                    .filter("email = \"" + user.getString("email") + "\"")).users()).hasSize(1);
        }
    }
}
