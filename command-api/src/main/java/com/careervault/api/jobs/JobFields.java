package com.careervault.api.jobs;

import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields a client may set on a job, validated. In a create every field is
 * a value or absent; in a partial update, absent means unchanged and the
 * names in {@code cleared} were sent as null.
 */
record JobFields(String company, String position, JobStatus status, String location, String salaryRange,
        LocalDate appliedDate, String url, String notes, Instant interviewAt, Instant followUpAt, List<String> tags,
        List<String> cleared) {

    static final int COMPANY_MAX = 200;
    static final int POSITION_MAX = 200;
    static final int LOCATION_MAX = 200;
    static final int SALARY_RANGE_MAX = 100;
    static final int URL_MAX = 2048;
    static final int NOTES_MAX = 5000;
    static final int TAGS_MAX = 20;
    static final int TAG_MAX = 50;
    /** An absolute http(s) URL with a host. */
    static final String HTTP_URL = "(?i)https?://[^\\s/?#]+.*";
    static final String HTTP_URL_MESSAGE = "must be an absolute http(s) URL";
    /** A job id: a UUID in its canonical 8-4-4-4-12 hex form, either case. */
    static final String JOB_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    boolean isEmpty() {
        return company == null && position == null && status == null && location == null && salaryRange == null
                && appliedDate == null && url == null && notes == null && interviewAt == null && followUpAt == null
                && tags == null && cleared.isEmpty();
    }
}
