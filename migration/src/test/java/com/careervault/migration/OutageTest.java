package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EmbeddedMongo;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * An outage is not a reject: with Cognito (or the data keys) unreachable the run stops (nothing is written to the rejects file as
 * the documents' fault, nothing half-appended), and the same command continues once it is back.
 */
@ExtendWith(DevStackExtension.class)
class OutageTest {

    private final DevStack stack;

    OutageTest(DevStack stack) {
        this.stack = stack;
    }

    @Test
    void aRunStoppedByAnOutageContinuesWhenItIsOver() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            OldSystemData data = new OldSystemData("outage", 3, 10);
            data.insertInto(mongo.connectionString(), "job_tracker");
            Set<String> oldJobIds = new HashSet<>(data.jobIds());
            Properties properties = MigrationTestSupport.properties(stack,
                    Map.of("mongo.uri", mongo.connectionString()));
            Properties down = (Properties) properties.clone();
            down.setProperty("cognito.endpoint", "http://127.0.0.1:" + closedPort());

            assertThatThrownBy(() -> MigrationTestSupport.run(down)).isInstanceOf(SdkClientException.class);
            assertThat(imported(oldJobIds)).isZero();

            MigrationTestSupport.Run run = MigrationTestSupport.run(properties);
            assertThat(run.summary().usersCreated).isEqualTo(3);
            assertThat(run.summary().usersRejected).isZero();
            assertThat(run.summary().jobsImported).isEqualTo(30);
            assertThat(imported(oldJobIds)).isEqualTo(30);
        }
    }

    @Test
    void aRunStoppedBecauseTheDataKeysCannotBeReadContinuesWhenTheyCan() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start();
                DynamoDbClient dynamoDb = stack.dynamoDb()) {
            OldSystemData data = new OldSystemData("keys-outage", 3, 10);
            data.insertInto(mongo.connectionString(), "job_tracker");
            Set<String> oldJobIds = new HashSet<>(data.jobIds());
            Properties properties = MigrationTestSupport.properties(stack,
                    Map.of("mongo.uri", mongo.connectionString()));
            try {
                dynamoDb.createTable(EmailReservationsTable.create(EmailReservationsTable.DEFAULT_TABLE));
            } catch (ResourceInUseException exists) {
                // made by an earlier test
            }
            // the key table unreachable (here: missing, and not to be created): GetItem fails
            Properties down = (Properties) properties.clone();
            down.setProperty("dynamodb.create-tables", "false");
            down.setProperty("dynamodb.data-keys-table", "CareerVault-DataKeys-missing-" + UUID.randomUUID());

            assertThatThrownBy(() -> MigrationTestSupport.run(down))
                    .isInstanceOf(DataKeysUnavailableException.class);
            assertThat(imported(oldJobIds)).isZero();
            assertThat(Files.readAllLines(MigrationTestSupport.settings(down).rejectsFile())).isEmpty();

            MigrationTestSupport.Run run = MigrationTestSupport.run(properties);
            assertThat(run.summary().usersCreated).isEqualTo(3);
            assertThat(run.summary().usersRejected).isZero();
            assertThat(run.summary().jobsImported).isEqualTo(30);
            assertThat(run.summary().jobsRejected).isZero();
            assertThat(imported(oldJobIds)).isEqualTo(30);
        }
    }

    private long imported(Set<String> oldJobIds) {
        return MigrationTestSupport.events(stack).stream().map(EventEnvelope::data)
                .filter(data -> data instanceof JobCreated job && job.importedFrom() != null
                        && oldJobIds.contains(job.importedFrom().id())).count();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
