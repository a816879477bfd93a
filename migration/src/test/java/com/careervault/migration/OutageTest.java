package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EmbeddedMongo;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * An outage is not a reject: with Cognito unreachable the run stops (nothing is written to the rejects file as
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
