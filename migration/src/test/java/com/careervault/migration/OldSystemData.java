package com.careervault.migration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Documents shaped like the old system's ({@code users}, {@code jobs} of {@code job_tracker}), written into a
 * MongoDB through the official driver: {@code users} users with {@code jobsPerUser} jobs each, statuses in the
 * old spellings.
 */
final class OldSystemData {

    static final List<String> OLD_STATUSES = List.of("Applied", "interview", "Offer", "Rejected", "accepted",
            "Wishlist", "screening", "Withdrawn", "ghosted", "APPLIED");

    final List<Document> users = new ArrayList<>();
    final List<Document> jobs = new ArrayList<>();

    OldSystemData(String tag, int userCount, int jobsPerUser) {
        Instant base = Instant.parse("2024-01-01T09:00:00Z");
        for (int u = 0; u < userCount; u++) {
            ObjectId userId = new ObjectId();
            users.add(new Document("_id", userId).append("email", tag + "-user" + u + "@example.com")
                    .append("username", tag + "-user" + u).append("hashed_password", "$2b$12$notahashatall" + u)
                    .append("full_name", "User " + u));
            for (int j = 0; j < jobsPerUser; j++) {
                Instant created = base.plus(u * 7L + j, ChronoUnit.HOURS);
                jobs.add(new Document("_id", new ObjectId()).append("user_id", userId)
                        .append("company", "Company " + j).append("position", "Engineer " + u)
                        .append("status", OLD_STATUSES.get(j % OLD_STATUSES.size()))
                        .append("applied_date", Date.from(created.truncatedTo(ChronoUnit.DAYS)))
                        .append("created_at", Date.from(created))
                        .append("updated_at", Date.from(created.plus(1, ChronoUnit.DAYS)))
                        .append("location", j % 3 == 0 ? "Remote" : null)
                        .append("notes", "note " + j));
            }
        }
        // the old API wrote explicit nulls for absent optional fields; the migration reads them as absent
    }

    /** Inserts everything into {@code database} at {@code connectionString}. */
    void insertInto(String connectionString, String database) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoDatabase db = client.getDatabase(database);
            db.getCollection("users").insertMany(users);
            for (int from = 0; from < jobs.size(); from += 1000) {
                db.getCollection("jobs").insertMany(jobs.subList(from, Math.min(jobs.size(), from + 1000)));
            }
        }
    }

    List<String> jobIds() {
        return jobs.stream().map(job -> job.getObjectId("_id").toHexString()).toList();
    }
}
