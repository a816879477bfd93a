package com.careervault.api.jobs;

import com.careervault.api.problems.InvalidRequestException;
import java.util.Locale;

/** Job ids as they appear in paths: a UUID, compared in lower case. */
public final class JobIds {

    /** A job id as clients send it (in paths and in bodies that name jobs): a UUID, either case. */
    public static final String PATTERN = JobFields.JOB_ID;

    private JobIds() {
    }

    /**
     * @throws InvalidRequestException (field {@code job_id}) when the value is not a UUID
     */
    public static String parse(String value) {
        if (value == null || !value.matches(JobFields.JOB_ID)) {
            throw new InvalidRequestException("job_id", "is not a job id (a UUID)");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
