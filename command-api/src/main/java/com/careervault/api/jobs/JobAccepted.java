package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to an accepted job command: which job, and the events now in the log for it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobAccepted(String jobId, String eventId, List<String> eventIds) {

    static JobAccepted created(String jobId, String eventId) {
        return new JobAccepted(jobId, eventId, null);
    }

    static JobAccepted changed(String jobId, List<String> eventIds) {
        return new JobAccepted(jobId, null, List.copyOf(eventIds));
    }
}
