package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same migration against a real MongoDB server (Testcontainers' MongoDB) where Docker runs; skipped
 * cleanly where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
@ExtendWith(DevStackExtension.class)
class MongoDbContainerMigrationTest {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private final DevStack stack;

    MongoDbContainerMigrationTest(DevStack stack) {
        this.stack = stack;
    }

    @Test
    void aRealMongoDbMigratesFullyAndTwiceWithoutDuplicates() {
        OldSystemData data = new OldSystemData("container", 5, 20);
        data.insertInto(MONGO.getConnectionString(), "job_tracker");
        Set<String> oldJobIds = new HashSet<>(data.jobIds());
        Properties properties = MigrationTestSupport.properties(stack,
                Map.of("mongo.uri", MONGO.getConnectionString()));

        MigrationTestSupport.Run run = MigrationTestSupport.run(properties);
        MigrationTestSupport.Run again = MigrationTestSupport.run(properties);

        assertThat(run.summary().usersCreated).isEqualTo(5);
        assertThat(run.summary().jobsImported).isEqualTo(100);
        assertThat(again.summary().jobsAlreadyImported).isEqualTo(100);
        assertThat(again.summary().jobsImported).isZero();
        var jobs = MigrationTestSupport.events(stack).stream().filter(e -> e.data() instanceof JobCreated job
                && job.importedFrom() != null && oldJobIds.contains(job.importedFrom().id())).toList();
        assertThat(jobs.stream().map(EventEnvelope::id).collect(Collectors.toSet())).hasSize(100);
        assertThat(jobs).hasSize(100);
    }
}
