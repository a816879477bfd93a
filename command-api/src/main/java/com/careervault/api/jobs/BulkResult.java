package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The outcome of a bulk command, one entry per requested job id, in request order. */
public record BulkResult(List<Entry> results) {

    /** {@code result} is {@code accepted}, {@code unchanged} or {@code not_found}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String jobId, String result, String eventId) {
    }
}
