package com.careervault.notifier.reminders;

import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;

/**
 * An application the system marked Ghosted that the user has not been told about yet: listed in their next
 * reminder email, then dropped (store {@link ReminderStores#GHOSTED_NOTICES}, one record per job). Dropped too
 * when the job leaves Ghosted or is deleted before that email.
 *
 * @param from the status it was marked from
 * @param idleDays the threshold that applied, in days
 */
public record GhostedNotice(String jobId, String company, String position, JobStatus from, Instant markedAt,
        int idleDays) {
}
