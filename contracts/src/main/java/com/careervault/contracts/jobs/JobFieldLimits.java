package com.careervault.contracts.jobs;

/**
 * The limits of a job's fields, in code points after NFC ({@code UnicodeText.length}), shared by every way a
 * job enters CareerVault: the HTTP API ({@code JobFields}), the CSV import and the MongoDB migration. One
 * place, so that a job the migration accepts is one the API would accept.
 */
public final class JobFieldLimits {

    public static final int COMPANY_MAX = 200;
    public static final int POSITION_MAX = 200;
    public static final int LOCATION_MAX = 200;
    public static final int SALARY_RANGE_MAX = 100;
    public static final int URL_MAX = 2048;
    public static final int NOTES_MAX = 5000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 50;
    /** The posting's text ({@code job_description}): multi-line plain text. */
    public static final int JOB_DESCRIPTION_MAX = 20_000;
    /** Where the application came from ({@code source}): one line of free text, bounded like a salary range. */
    public static final int SOURCE_MAX = 100;
    /** A user's resume ({@code PUT /api/me/resume}): multi-line plain text, kept out of the event log. */
    public static final int RESUME_MAX = 50_000;
    /** An absolute http(s) URL with a host (a Java regex, matched against the whole value). */
    public static final String HTTP_URL = "(?i)https?://[^\\s/?#]+.*";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http(s) URL";

    private JobFieldLimits() {
    }
}
