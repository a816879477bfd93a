package com.careervault.contracts.events;

import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;

/** One stage of a job's status history: the status entered and when. */
public record StatusStage(JobStatus status, Instant at) {

    public StatusStage {
        Require.present(status, "status");
        Require.present(at, "at");
    }
}
