package com.careervault.contracts.events;

import com.careervault.contracts.jobs.JobStatus;

/** A job moved from one status to another; the pair forms the job's stage history. */
public record JobStatusChanged(String jobId, JobStatus from, JobStatus to) implements JobEvent {

    public JobStatusChanged {
        Require.text(jobId, "job_id");
        Require.present(from, "from");
        Require.present(to, "to");
    }
}
