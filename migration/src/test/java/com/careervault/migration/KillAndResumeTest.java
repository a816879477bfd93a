package com.careervault.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EmbeddedMongo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migration killed ({@code destroyForcibly}, SIGKILL) in a JVM of its own after part of the jobs were
 * appended, then run again: every job's event is in the log exactly once, every user registered once.
 */
@ExtendWith(DevStackExtension.class)
class KillAndResumeTest {

    private static final int USERS = 20;
    private static final int JOBS_PER_USER = 100;

    private final DevStack stack;

    KillAndResumeTest(DevStack stack) {
        this.stack = stack;
    }

    @Test
    void aRunKilledMidwayAndResumedAppendsEveryEventExactlyOnce() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            OldSystemData data = new OldSystemData("kill", USERS, JOBS_PER_USER);
            data.insertInto(mongo.connectionString(), "job_tracker");
            Set<String> oldJobIds = new HashSet<>(data.jobIds());
            Properties properties = MigrationTestSupport.properties(stack,
                    Map.of("mongo.uri", mongo.connectionString()));
            // small, slow batches, so that the kill lands in the middle of the jobs
            properties.setProperty("migration.batch-size", "100");
            properties.setProperty("migration.batch-pause", "300ms");

            Process child = startChild(properties);
            try {
                Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                        .until(() -> imported(MigrationTestSupport.events(stack), oldJobIds).size() >= 300
                                || !child.isAlive());
                assertThat(child.isAlive()).as("the migration still runs when it is killed").isTrue();
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            } finally {
                child.destroyForcibly();
            }
            int beforeResume = imported(MigrationTestSupport.events(stack), oldJobIds).size();
            assertThat(beforeResume).isBetween(300, USERS * JOBS_PER_USER - 1);

            properties.setProperty("migration.batch-pause", "0s");
            MigrationTestSupport.Run resumed = MigrationTestSupport.run(properties);

            assertThat(resumed.summary().usersAlreadyMigrated).isEqualTo(USERS);
            assertThat(resumed.summary().jobsAlreadyImported + resumed.summary().jobsImported)
                    .isEqualTo(USERS * JOBS_PER_USER);
            assertThat(resumed.summary().jobsAlreadyImported).isGreaterThanOrEqualTo(beforeResume);
            List<EventEnvelope> events = MigrationTestSupport.events(stack);
            List<EventEnvelope> jobs = imported(events, oldJobIds);
            assertThat(jobs).hasSize(USERS * JOBS_PER_USER);
            assertThat(jobs.stream().map(e -> ((JobCreated) e.data()).importedFrom().id()).collect(Collectors.toSet()))
                    .isEqualTo(oldJobIds);
            Set<String> userIds = jobs.stream().map(EventEnvelope::userid).collect(Collectors.toSet());
            assertThat(events.stream().filter(e -> userIds.contains(e.userid()) && e.data() instanceof UserRegistered))
                    .hasSize(USERS);
        }
    }

    /** {@code java -cp <test class path> -D… MigrationMain}, as {@code exec:exec@mongo} starts it. */
    private static Process startChild(Properties properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(MigrationMain.class.getName());
        Path log = Path.of("target", "kill-and-resume-child.log");
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String classPath() {
        // Surefire may hide the real class path behind a manifest-only jar; it publishes the real one here
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire
                : System.getProperty("java.class.path").replace(File.pathSeparator + File.pathSeparator,
                        File.pathSeparator);
    }

    private static List<EventEnvelope> imported(List<EventEnvelope> events, Set<String> oldJobIds) {
        return events.stream().filter(e -> e.data() instanceof JobCreated job && job.importedFrom() != null
                && oldJobIds.contains(job.importedFrom().id())).toList();
    }
}
