package com.careervault.migration;

import com.careervault.contracts.events.ImportedFrom;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.jobs.JobFieldLimits;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * A job of the old system and the {@code JobCreated} it becomes. Every field of the old schema is mapped:
 *
 * <pre>
 * _id           → job_id (name-based UUID, {@link MigrationIds}), imported_from.id (hex)
 * user_id       → the event's user (the old user's CareerVault account)
 * company       → company        (required, ≤ JobFieldLimits.COMPANY_MAX)
 * position      → position       (required, ≤ POSITION_MAX)
 * status        → status         (required; old spellings by {@link StatusSpellings})
 * applied_date  → applied_date   (required BSON date; its UTC day)
 * created_at    → imported_from.created_at (required BSON date)
 * updated_at    → imported_from.updated_at (required BSON date)
 * location      → location       (≤ LOCATION_MAX)
 * salary_range  → salary_range   (≤ SALARY_RANGE_MAX)
 * notes         → notes          (≤ NOTES_MAX)
 * url           → url            (≤ URL_MAX, an absolute http(s) URL)
 * </pre>
 *
 * Text follows the API's rules ({@link DocumentFields}); any other field is reported as not carried over.
 */
record OldJob(String mongoId, String userMongoId, JobCreated created) {

    private static final Set<String> KNOWN = Set.of("_id", "user_id", "company", "position", "status",
            "applied_date", "created_at", "updated_at", "location", "salary_range", "notes", "url");

    static Mapped<OldJob> map(Document document) {
        DocumentFields fields = new DocumentFields(document);
        String id = fields.id();
        String userId = fields.objectId("user_id", true);
        String company = fields.text("company", JobFieldLimits.COMPANY_MAX, true);
        String position = fields.text("position", JobFieldLimits.POSITION_MAX, true);
        String oldStatus = fields.text("status", Integer.MAX_VALUE, true);
        Optional<JobStatus> status = oldStatus == null ? Optional.empty() : StatusSpellings.ours(oldStatus);
        if (oldStatus != null && status.isEmpty()) {
            fields.problem("unknown status '" + oldStatus + "' (known: the old system's spellings of "
                    + JobStatus.ALLOWED + ")");
        }
        Instant applied = fields.date("applied_date", true);
        Instant createdAt = fields.date("created_at", true);
        Instant updatedAt = fields.date("updated_at", true);
        String location = fields.text("location", JobFieldLimits.LOCATION_MAX, false);
        String salaryRange = fields.text("salary_range", JobFieldLimits.SALARY_RANGE_MAX, false);
        String notes = fields.text("notes", JobFieldLimits.NOTES_MAX, false);
        String url = fields.text("url", JobFieldLimits.URL_MAX, false);
        if (url != null && !url.matches(JobFieldLimits.HTTP_URL)) {
            fields.problem("'url' " + JobFieldLimits.HTTP_URL_MESSAGE);
        }
        String shownId = id != null ? id : String.valueOf(document.get("_id"));
        if (!fields.problems().isEmpty()) {
            return new Mapped.Rejected<>(shownId, String.join("; ", fields.problems()));
        }
        LocalDate appliedDate = LocalDate.ofInstant(applied, ZoneOffset.UTC);
        JobCreated created = new JobCreated(MigrationIds.jobId(id), company, position, status.get(), location,
                salaryRange, appliedDate, url, notes, null, null, null,
                new ImportedFrom(ImportedFrom.MONGODB, id, createdAt, updatedAt));
        return new Mapped.Accepted<>(id, new OldJob(id, userId, created), fields.unmapped(KNOWN));
    }
}
