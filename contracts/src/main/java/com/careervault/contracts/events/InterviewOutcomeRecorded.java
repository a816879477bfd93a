package com.careervault.contracts.events;

import com.careervault.contracts.interviews.InterviewOutcome;

/** The user recorded how an interview went; a later one replaces it. */
public record InterviewOutcomeRecorded(String jobId, String interviewId, InterviewOutcome outcome)
        implements JobEvent {

    public InterviewOutcomeRecorded {
        Require.text(jobId, "job_id");
        Require.text(interviewId, "interview_id");
        Require.present(outcome, "outcome");
    }
}
