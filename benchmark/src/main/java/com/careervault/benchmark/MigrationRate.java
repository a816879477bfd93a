package com.careervault.benchmark;

import com.careervault.devstack.DevStack;
import com.careervault.devstack.EmbeddedMongo;
import com.careervault.migration.MigrationMain;
import com.careervault.migration.MigrationSettings;
import com.careervault.migration.Summary;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The MongoDB migration's rate: {@code users} old users with {@code jobsPerUser} jobs each, in an in-memory
 * MongoDB (mongo-java-server, over a socket), migrated into the running stack by the real command's code
 * ({@link MigrationMain#run}). The jobs phase (read, check, encrypt the personal fields with each user's data
 * key, append in transactions of 500) is what is timed; account creation (Cognito, and each new user's data key:
 * a GetItem and a conditional PutItem on the stack's key table) is reported beside it. The migration's keyed
 * codec uses the stack's key table and the devstack master key by default, as the system's services here do.
 */
final class MigrationRate {

    private MigrationRate() {
    }

    static Map<String, Object> measure(DevStack stack, int users, int jobsPerUser, Path dir) throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.start()) {
            insert(mongo.connectionString(), users, jobsPerUser);
            Properties p = new Properties();
            p.setProperty("mongo.uri", mongo.connectionString());
            p.setProperty("kafka.bootstrap-servers", stack.kafkaBootstrapServers());
            p.setProperty("dynamodb.endpoint", stack.dynamoDbEndpoint());
            p.setProperty("cognito.endpoint", stack.cognito().endpoint().toString());
            p.setProperty("cognito.user-pool-id", stack.cognito().userPoolId());
            p.setProperty("dynamodb.create-tables", "true");
            p.setProperty("migration.rejects-file", dir.resolve("migration-rejects.jsonl").toString());
            long started = System.nanoTime();
            Summary summary = MigrationMain.run(MigrationSettings.from(p, Map.of()),
                    new PrintStream(OutputStream.nullOutputStream()), false);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (summary.jobsImported() != users * jobsPerUser) {
                throw new IllegalStateException("the migration imported " + summary.jobsImported() + " of "
                        + users * jobsPerUser + " jobs; see " + dir.resolve("migration-rejects.jsonl"));
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("users", users);
            result.put("users_created", summary.usersCreated());
            result.put("jobs", summary.jobsImported());
            result.put("jobs_per_s", Stats.round(summary.jobsPerSecond()));
            result.put("total_s", Stats.round(seconds));
            Files.deleteIfExists(dir.resolve("migration-rejects.jsonl"));
            return result;
        }
    }

    private static void insert(String connectionString, int users, int jobsPerUser) {
        Instant base = Instant.parse("2024-01-01T09:00:00Z");
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoDatabase db = client.getDatabase("job_tracker");
            List<Document> jobs = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                ObjectId userId = new ObjectId();
                db.getCollection("users").insertOne(new Document("_id", userId)
                        .append("email", "migration-bench-" + u + "@example.com")
                        .append("username", "migration-bench-" + u).append("hashed_password", "$2b$12$bench"));
                for (int j = 0; j < jobsPerUser; j++) {
                    Date created = Date.from(base.plus(u * 1000L + j, ChronoUnit.MINUTES));
                    jobs.add(new Document("_id", new ObjectId()).append("user_id", userId)
                            .append("company", "Company " + j).append("position", "Engineer")
                            .append("status", j % 2 == 0 ? "Applied" : "interview").append("applied_date", created)
                            .append("created_at", created).append("updated_at", created)
                            .append("notes", "benchmark job " + j + " of old user " + u));
                }
            }
            for (int from = 0; from < jobs.size(); from += 1000) {
                db.getCollection("jobs").insertMany(jobs.subList(from, Math.min(jobs.size(), from + 1000)));
            }
        }
    }
}
