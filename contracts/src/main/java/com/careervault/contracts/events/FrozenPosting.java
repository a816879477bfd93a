package com.careervault.contracts.events;

import java.time.Instant;

/**
 * The job posting as it was when the application went out: the job's {@code job_description} and {@code url}
 * at the moment it entered {@code Applied} (or was created as {@code Applied}). Later edits of the job do not
 * change it. Either text may be absent (the job had none), not both.
 *
 * @param jobDescription the posting's text then, byte for byte (UTF-8), absent when the job had none
 * @param url the posting's address then, absent when the job had none
 * @param frozenAt when it was frozen: the time of the event that moved the job to Applied
 */
public record FrozenPosting(String jobDescription, String url, Instant frozenAt) {

    public FrozenPosting {
        Require.present(frozenAt, "frozen_at");
        if (jobDescription == null && url == null) {
            throw new IllegalArgumentException("a frozen posting has a job_description, a url or both");
        }
    }
}
