package com.careervault.contracts.interviews;

/**
 * The limits of an interview's fields (text in code points after NFC, as {@code UnicodeText.length} counts),
 * shared by the API and the event schemas.
 */
public final class InterviewLimits {

    /** Interviews one job may have, cancelled ones included: a job's interviews are read in one query. */
    public static final int PER_JOB_MAX = 50;
    /** Minutes: an interview lasts at least one minute and at most a day. */
    public static final int DURATION_MINUTES_MIN = 1;
    public static final int DURATION_MINUTES_MAX = 1440;
    public static final int LOCATION_MAX = 200;
    /** An absolute http(s) URL (see {@code JobFieldLimits.HTTP_URL}). */
    public static final int MEETING_URL_MAX = 2048;
    public static final int NOTES_MAX = 5000;
    public static final int CONTACTS_MAX = 20;

    private InterviewLimits() {
    }
}
