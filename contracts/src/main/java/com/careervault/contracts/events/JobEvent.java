package com.careervault.contracts.events;

/** Events about one job application; their CloudEvents {@code subject} is the job id. */
public sealed interface JobEvent extends CareerVaultEvent permits JobCreated, JobUpdated, JobStatusChanged, JobDeleted,
        JobRestored, JobEnriched, JobDocumentsPinned, InterviewArrangement, InterviewCancelled, InterviewOutcomeRecorded {

    String jobId();
}
