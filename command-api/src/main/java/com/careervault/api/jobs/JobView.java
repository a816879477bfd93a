package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A job as the read model holds it, as clients see it (snake_case on the wire). {@code version} is the value
 * of its {@code ETag}, for {@code If-Match} on a later change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(String jobId, String company, String position, String status, String location,
        String salaryRange, String appliedDate, String url, String notes, String interviewAt, String followUpAt,
        List<String> tags, String createdAt, String updatedAt, List<StatusChange> statusHistory,
        String version) {

    /** One step of the job's stage history. */
    public record StatusChange(String status, String at) {
    }
}
