package com.careervault.api.jobs;

import com.careervault.contracts.jobs.JobFieldLimits;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields a client may set on a job, validated. In a create every field is
 * a value or absent; in a partial update, absent means unchanged and the
 * names in {@code cleared} were sent as null. {@code jobDescription} is the posting's text (multi-line);
 * {@code source} where the application came from (one line of free text).
 */
record JobFields(String company, String position, JobStatus status, String location, String salaryRange,
        LocalDate appliedDate, String url, String notes, Instant interviewAt, Instant followUpAt, List<String> tags,
        String jobDescription, String source, List<String> cleared) {

    static final int COMPANY_MAX = JobFieldLimits.COMPANY_MAX;
    static final int POSITION_MAX = JobFieldLimits.POSITION_MAX;
    static final int LOCATION_MAX = JobFieldLimits.LOCATION_MAX;
    static final int SALARY_RANGE_MAX = JobFieldLimits.SALARY_RANGE_MAX;
    static final int URL_MAX = JobFieldLimits.URL_MAX;
    static final int NOTES_MAX = JobFieldLimits.NOTES_MAX;
    static final int JOB_DESCRIPTION_MAX = JobFieldLimits.JOB_DESCRIPTION_MAX;
    static final int SOURCE_MAX = JobFieldLimits.SOURCE_MAX;
    /** What the web app suggests for {@code source} (any other text is accepted too). */
    static final String SOURCE_SUGGESTIONS = "LinkedIn, Referral, Company site, Job board, Recruiter, Other";
    static final int TAGS_MAX = JobFieldLimits.TAGS_MAX;
    static final int TAG_MAX = JobFieldLimits.TAG_MAX;
    /** An absolute http(s) URL with a host. */
    static final String HTTP_URL = JobFieldLimits.HTTP_URL;
    static final String HTTP_URL_MESSAGE = JobFieldLimits.HTTP_URL_MESSAGE;
    /** A job id: a UUID in its canonical 8-4-4-4-12 hex form, either case. */
    static final String JOB_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    boolean isEmpty() {
        return company == null && position == null && status == null && location == null && salaryRange == null
                && appliedDate == null && url == null && notes == null && interviewAt == null && followUpAt == null
                && tags == null && jobDescription == null && source == null && cleared.isEmpty();
    }
}
