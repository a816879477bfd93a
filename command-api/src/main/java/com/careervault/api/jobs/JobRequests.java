package com.careervault.api.jobs;

import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.JsonRequest;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.jobs.JobStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reads and validates job request bodies, reporting every bad field at once. */
final class JobRequests {

    static final int BULK_MAX = 100;

    private JobRequests() {
    }

    static JobFields create(JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String company = request.requiredText("company", JobFields.COMPANY_MAX);
        String position = request.requiredText("position", JobFields.POSITION_MAX);
        JobStatus status = request.parsed("status", 40, JobStatus::parse);
        JobFields fields = optionalFields(request, company, position,
                status == null && !request.hasProblem("status") ? JobStatus.Applied : status, List.of());
        request.throwIfInvalid();
        return fields;
    }

    static JobFields update(JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        List<String> cleared = new ArrayList<>();
        for (String field : List.of("company", "position", "status")) {
            if (request.isNull(field) || (request.has(field) && request.node(field).isString()
                    && request.node(field).asString().isBlank())) {
                request.problem(field, "cannot be removed");
            }
        }
        for (String field : JobUpdated.CLEARABLE) {
            if (request.isNull(field)) {
                cleared.add(field);
            }
        }
        String company = request.text("company", JobFields.COMPANY_MAX);
        String position = request.text("position", JobFields.POSITION_MAX);
        JobStatus status = request.parsed("status", 40, JobStatus::parse);
        JobFields fields = optionalFields(request, company, position, status, cleared);
        if (fields.isEmpty() && !request.hasProblem("company") && !request.hasProblem("position")
                && !request.hasProblem("status")) {
            request.problem("body", "must change at least one of company, position, status, location, salary_range, "
                    + "applied_date, url, notes, interview_at, follow_up_at, tags");
        }
        request.throwIfInvalid();
        return fields;
    }

    static BulkCommand bulk(JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String action = request.requiredText("action", 20);
        if (action != null && !action.equals("update_status") && !action.equals("delete")) {
            request.problem("action", "must be update_status or delete");
        }
        JobStatus status = request.parsed("status", 40, JobStatus::parse);
        if ("update_status".equals(action) && status == null && !request.hasProblem("status")) {
            request.problem("status", "is required for update_status");
        }
        List<String> ids = request.texts("job_ids", BULK_MAX, 36);
        if (ids == null && !request.hasProblem("job_ids")) {
            request.problem("job_ids", "is required: an array of 1 to " + BULK_MAX + " job ids");
        } else if (ids != null && ids.isEmpty()) {
            request.problem("job_ids", "must not be empty");
        } else if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                if (!isJobId(ids.get(i))) {
                    request.problem("job_ids[" + i + "]", "is not a job id (a UUID)");
                }
            }
        }
        request.throwIfInvalid();
        Set<String> unique = new LinkedHashSet<>(ids);
        return new BulkCommand("delete".equals(action), status, List.copyOf(unique));
    }

    static String jobId(String value) {
        if (!isJobId(value)) {
            throw new InvalidRequestException("job_id", "is not a job id (a UUID)");
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isJobId(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JobFields optionalFields(JsonRequest request, String company, String position, JobStatus status,
            List<String> cleared) {
        return new JobFields(company, position, status,
                request.text("location", JobFields.LOCATION_MAX),
                request.text("salary_range", JobFields.SALARY_RANGE_MAX),
                request.date("applied_date"),
                request.url("url", JobFields.URL_MAX),
                request.text("notes", JobFields.NOTES_MAX),
                request.instant("interview_at"),
                request.instant("follow_up_at"),
                request.texts("tags", JobFields.TAGS_MAX, JobFields.TAG_MAX),
                List.copyOf(cleared));
    }

    /** A validated bulk command: delete, or move every job to {@code status}. */
    record BulkCommand(boolean delete, JobStatus status, List<String> jobIds) {
    }
}
