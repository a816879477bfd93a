package com.careervault.contracts.dynamodb;

/**
 * Names of the DynamoDB read model: tables, indexes and attributes. The table
 * names are the seed's defaults; deployments override them by configuration.
 */
public final class ReadModel {

    private ReadModel() {
    }

    /** {@code CareerVault-Jobs}: one item per job (or tombstone), partition {@code user_id}, sort {@code job_id}. */
    public static final class Jobs {
        public static final String DEFAULT_TABLE = "CareerVault-Jobs";

        /** The seed's index: every user's jobs by status, newest first. */
        public static final String STATUS_CREATED_AT_INDEX = "status-created_at-index";
        /** One user's jobs, newest first. */
        public static final String USER_CREATED_AT_INDEX = "user_id-created_at-index";
        /** One user's jobs with one status, newest first (sort key {@code status#created_at}). */
        public static final String USER_STATUS_INDEX = "user_id-status_created_at-index";
        /**
         * One user's restorable tombstones, newest deletion first (sort key {@link #DELETED_AT}). Sparse: only
         * tombstones that keep their job ({@link #RESTORABLE}) carry {@code deleted_at}.
         */
        public static final String USER_DELETED_AT_INDEX = "user_id-deleted_at-index";

        public static final String USER_ID = "user_id";
        public static final String JOB_ID = "job_id";
        public static final String COMPANY = "company";
        /** Lower-cased company, for the case-insensitive "have I applied here?" match. */
        public static final String COMPANY_KEY = "company_key";
        public static final String POSITION = "position";
        public static final String STATUS = "status";
        /**
         * S: {@code system} while the job's status was set by the system (an idle application marked Ghosted, see
         * {@code JobStatusChanged.markedBy}); absent when the user set it.
         */
        public static final String STATUS_SET_BY = "status_set_by";
        public static final String LOCATION = "location";
        public static final String SALARY_RANGE = "salary_range";
        public static final String APPLIED_DATE = "applied_date";
        public static final String URL = "url";
        public static final String NOTES = "notes";
        public static final String INTERVIEW_AT = "interview_at";
        public static final String FOLLOW_UP_AT = "follow_up_at";
        public static final String TAGS = "tags";
        /** S: where the application came from (free text, at most 100 code points), absent when not given. */
        public static final String SOURCE = "source";
        /** S: the posting's text (at most 20,000 code points), absent when the job has none. */
        public static final String JOB_DESCRIPTION = "job_description";
        /**
         * S: {@code EnrichmentInputs.hash} of {@link #JOB_DESCRIPTION}, present exactly when it is; the
         * condition under which a {@code JobEnriched} result is kept.
         */
        public static final String JOB_DESCRIPTION_HASH = "job_description_hash";
        /**
         * M: the enricher's result for the current {@link #JOB_DESCRIPTION} (the newest {@code JobEnriched}
         * whose {@code description_hash} matches), with the keys of {@link Ai}; removed when the description
         * changes or is cleared.
         */
        public static final String AI = "ai";
        public static final String CREATED_AT = "created_at";
        public static final String UPDATED_AT = "updated_at";
        public static final String STATUS_CREATED_AT = "status_created_at";
        /**
         * List of {status, at} maps, oldest first: the job's last {@link #STATUS_HISTORY_LIMIT} stages
         * (an item never grows with the number of a job's changes; DynamoDB items stop at 400 KB).
         */
        public static final String STATUS_HISTORY = "status_history";
        /** How many stages {@link #STATUS_HISTORY} keeps: the newest ones. */
        public static final int STATUS_HISTORY_LIMIT = 20;
        /**
         * N: how many stages the job has had in all, its initial status included. When it exceeds the
         * length of {@link #STATUS_HISTORY}, the oldest stages were dropped. Absent on items written
         * before it existed: then the history is complete and its length is the count.
         */
        public static final String STATUS_HISTORY_COUNT = "status_history_count";
        /** Present (true) on a deleted job's tombstone; tombstones carry no index keys. */
        public static final String DELETED = "deleted";
        /** Epoch seconds at which DynamoDB TTL may remove a tombstone. */
        public static final String EXPIRES_AT = "expires_at";
        /** On a tombstone: when the job was deleted (the delete event's time), the deleted list's sort key. */
        public static final String DELETED_AT = "deleted_at";
        /**
         * On a tombstone: a map holding the job's attributes as they were when it was deleted (company,
         * position, status, created_at, status_history, ... under their usual names), from which it is
         * restored. Nested, so the tombstone carries no index key of the live indexes.
         */
        public static final String RESTORABLE = "restorable";
        /**
         * The library versions pinned to the job (L of M, in the user's order): each {@code document_id} S,
         * {@code version} N, {@code sha256} S, {@code size} N, {@code media_type} S, {@code kind} S,
         * {@code pinned_at} S (ISO-8601). Absent when none is pinned.
         */
        public static final String DOCUMENTS = "documents";
        /**
         * The posting as it was when the job entered Applied (M): {@code job_description} S and/or {@code url} S,
         * {@code frozen_at} S (ISO-8601). Written once; later edits of the job leave it.
         */
        public static final String POSTING_AS_APPLIED = "posting_as_applied";

        private Jobs() {
        }
    }

    /**
     * The keys of a job's {@link Jobs#AI} map: the {@code JobEnriched} data under its JSON names (summary S,
     * required_skills L of S, match_score N (absent without a resume), strengths L, gaps L, provider S, model
     * S, degraded BOOL, degraded_reason S, input_hash S, description_hash S, resume_hash S) plus computed_at
     * (S, the event's time, ISO-8601) and event_id (S).
     */
    public static final class Ai {
        public static final String SUMMARY = "summary";
        public static final String REQUIRED_SKILLS = "required_skills";
        public static final String MATCH_SCORE = "match_score";
        public static final String STRENGTHS = "strengths";
        public static final String GAPS = "gaps";
        public static final String PROVIDER = "provider";
        public static final String MODEL = "model";
        public static final String DEGRADED = "degraded";
        public static final String DEGRADED_REASON = "degraded_reason";
        public static final String INPUT_HASH = "input_hash";
        public static final String DESCRIPTION_HASH = "description_hash";
        public static final String RESUME_HASH = "resume_hash";
        public static final String COMPUTED_AT = "computed_at";
        public static final String EVENT_ID = "event_id";

        private Ai() {
        }
    }

    /** The keys of each entry of a job's {@link Jobs#DOCUMENTS} list: the JSON names of {@code PinnedDocument}. */
    public static final class PinnedDocuments {
        public static final String DOCUMENT_ID = "document_id";
        public static final String VERSION = "version";
        public static final String SHA256 = "sha256";
        public static final String SIZE = "size";
        public static final String MEDIA_TYPE = "media_type";
        public static final String KIND = "kind";
        public static final String PINNED_AT = "pinned_at";

        private PinnedDocuments() {
        }
    }

    /** The keys of a job's {@link Jobs#POSTING_AS_APPLIED} map: the JSON names of {@code FrozenPosting}. */
    public static final class FrozenPostings {
        public static final String JOB_DESCRIPTION = "job_description";
        public static final String URL = "url";
        public static final String FROZEN_AT = "frozen_at";

        private FrozenPostings() {
        }
    }

    /**
     * {@code CareerVault-CompanySearch}: the company search index, one entry per
     * (user, search key, job), partition {@code user_id}, sort {@code entry_key}.
     * Search keys are defined by {@code contracts.search.CompanySearchKeys}.
     */
    public static final class CompanySearch {
        public static final String DEFAULT_TABLE = "CareerVault-CompanySearch";

        /** One user's jobs whose company matches a search key, newest first (sort key {@code key#created_at}). */
        public static final String USER_KEY_INDEX = "user_id-key_created_at-index";
        /** The same with one status (sort key {@code key#status#created_at}). */
        public static final String USER_KEY_STATUS_INDEX = "user_id-key_status_created_at-index";

        public static final String USER_ID = "user_id";
        /** {@code search key + "#" + job_id}: one entry per key and job. */
        public static final String ENTRY_KEY = "entry_key";
        public static final String SEARCH_KEY = "search_key";
        public static final String JOB_ID = "job_id";
        public static final String STATUS = "status";
        public static final String CREATED_AT = "created_at";
        /** {@code search key + "#" + created_at}; absent on removed entries. */
        public static final String KEY_CREATED_AT = "key_created_at";
        /** {@code search key + "#" + status + "#" + created_at}; absent on removed entries. */
        public static final String KEY_STATUS_CREATED_AT = "key_status_created_at";
        /** Present (true) on a removed entry's tombstone; tombstones carry no index keys. */
        public static final String REMOVED = "removed";
        /** Epoch seconds at which DynamoDB TTL may remove a tombstone. */
        public static final String EXPIRES_AT = "expires_at";

        private CompanySearch() {
        }
    }

    /**
     * {@code CareerVault-JobTags}: the tag filter's index, one entry per (user, tag key, job), partition
     * {@code user_id}, sort {@code entry_key}. Tag keys are defined by {@code contracts.search.TagKeys}.
     */
    public static final class JobTags {
        public static final String DEFAULT_TABLE = "CareerVault-JobTags";

        /** One user's jobs with a tag, newest first (sort key {@code tag_key#created_at}). */
        public static final String USER_TAG_INDEX = "user_id-tag_created_at-index";
        /** The same with one status (sort key {@code tag_key#status#created_at}). */
        public static final String USER_TAG_STATUS_INDEX = "user_id-tag_status_created_at-index";

        public static final String USER_ID = "user_id";
        /** {@code tag key + "#" + job_id}: one entry per tag key and job. */
        public static final String ENTRY_KEY = "entry_key";
        public static final String TAG_KEY = "tag_key";
        public static final String JOB_ID = "job_id";
        public static final String STATUS = "status";
        public static final String CREATED_AT = "created_at";
        /** {@code tag key + "#" + created_at}; absent on removed entries. */
        public static final String TAG_CREATED_AT = "tag_created_at";
        /** {@code tag key + "#" + status + "#" + created_at}; absent on removed entries. */
        public static final String TAG_STATUS_CREATED_AT = "tag_status_created_at";
        /** Present (true) on a removed entry's tombstone; tombstones carry no index keys. */
        public static final String REMOVED = "removed";
        /** Epoch seconds at which DynamoDB TTL may remove a tombstone. */
        public static final String EXPIRES_AT = "expires_at";

        private JobTags() {
        }
    }

    /**
     * {@code CareerVault-Interviews}: one item per interview, partition {@code user_id}, sort
     * {@link #INTERVIEW_KEY} ({@code <job_id>#<interview_id>}, so one job's interviews are one key range). A
     * job's {@code interview_at} is kept here too, as the interview {@code LegacyInterview.id(job_id)} with
     * {@link #LEGACY} true. Cancelled interviews stay ({@link #STATUS} {@code cancelled}): calendars must see the
     * cancellation.
     */
    public static final class Interviews {
        public static final String DEFAULT_TABLE = "CareerVault-Interviews";

        /** One user's interviews by start, for the upcoming list and the calendar feed (all attributes projected). */
        public static final String USER_STARTS_AT_INDEX = "user_id-starts_at-index";

        public static final String USER_ID = "user_id";
        /** {@code <job_id>#<interview_id>}. */
        public static final String INTERVIEW_KEY = "interview_key";
        public static final String JOB_ID = "job_id";
        public static final String INTERVIEW_ID = "interview_id";
        /** S: the start instant in {@code Timestamps.format} (fixed width, so it sorts as time does). */
        public static final String STARTS_AT = "starts_at";
        /** S: the IANA zone id it was arranged in. */
        public static final String TIME_ZONE = "time_zone";
        /** N: minutes, 1 to 1440. */
        public static final String DURATION_MINUTES = "duration_minutes";
        /** S: an {@code InterviewKind} spelling. */
        public static final String KIND = "kind";
        public static final String LOCATION = "location";
        public static final String MEETING_URL = "meeting_url";
        /** L of S: the contacts taking part. */
        public static final String CONTACT_IDS = "contact_ids";
        public static final String NOTES = "notes";
        /** S: an {@code InterviewOutcome} spelling; absent until recorded. */
        public static final String OUTCOME = "outcome";
        /** S: {@link #SCHEDULED} or {@link #CANCELLED}. */
        public static final String STATUS = "status";
        public static final String SCHEDULED = "scheduled";
        public static final String CANCELLED = "cancelled";
        /** N: the iCalendar SEQUENCE: 0 when scheduled, one more with every reschedule and the cancellation. */
        public static final String SEQUENCE = "sequence";
        /** BOOL, true on the interview read from the job's {@code interview_at}. */
        public static final String LEGACY = "legacy";
        public static final String CREATED_AT = "created_at";
        public static final String UPDATED_AT = "updated_at";

        private Interviews() {
        }

        /** The sort key of one interview. */
        public static String key(String jobId, String interviewId) {
            return jobId + "#" + interviewId;
        }
    }

    /**
     * {@code CareerVault-Contacts}: one item per contact of a user, partition {@code user_id}, sort
     * {@code contact_id}. A removed contact leaves a tombstone ({@link #REMOVED}) that keeps a redelivered
     * {@code contact.added} from bringing it back.
     */
    public static final class Contacts {
        public static final String DEFAULT_TABLE = "CareerVault-Contacts";

        public static final String USER_ID = "user_id";
        public static final String CONTACT_ID = "contact_id";
        public static final String NAME = "name";
        /** The name lower-cased (Locale.ROOT, after NFC), for the case-insensitive search. */
        public static final String NAME_KEY = "name_key";
        public static final String ROLE = "role";
        public static final String COMPANY = "company";
        /** The company lower-cased (Locale.ROOT, after NFC), for the case-insensitive search. */
        public static final String COMPANY_KEY = "company_key";
        public static final String EMAIL = "email";
        public static final String PHONE = "phone";
        public static final String PROFILE_URL = "profile_url";
        public static final String NOTES = "notes";
        /** L of S: the jobs the contact is linked to. */
        public static final String JOB_IDS = "job_ids";
        /** S (Timestamps.format): the latest "contacted" action or held interview with the contact. */
        public static final String LAST_CONTACTED_AT = "last_contacted_at";
        public static final String CREATED_AT = "created_at";
        public static final String UPDATED_AT = "updated_at";
        /** Present (true) on a removed contact's tombstone. */
        public static final String REMOVED = "removed";
        /** Epoch seconds at which DynamoDB TTL may remove a tombstone. */
        public static final String EXPIRES_AT = "expires_at";

        private Contacts() {
        }
    }

    /** {@code CareerVault-Users}: one item per user, partition {@code user_id}. */
    public static final class Users {
        public static final String DEFAULT_TABLE = "CareerVault-Users";
        public static final String EMAIL_INDEX = "email-index";

        public static final String USER_ID = "user_id";
        public static final String USERNAME = "username";
        /** The account's current address, canonical form (see {@link #EMAIL_INDEX}). */
        public static final String EMAIL = "email";
        /**
         * Boolean: whether {@link #EMAIL} is verified. From {@code UserRegistered.emailTrusted()} (true for
         * accounts registered before verification existed), true on {@code UserEmailVerified} for the current
         * address, false again on {@code UserEmailChanged}.
         */
        public static final String EMAIL_VERIFIED = "email_verified";
        public static final String GIVEN_NAME = "given_name";
        public static final String FAMILY_NAME = "family_name";
        public static final String CREATED_AT = "created_at";
        public static final String PREFERENCES = "preferences";

        private Users() {
        }
    }

    /**
     * {@code CareerVault-Insights}: the latest statistics record of each user from the analytics topic
     * ({@code careervault.analytics.user-stats.v1}), one item per user, partition {@code user_id}. The
     * projector writes it from that topic, never from the event log; so on this table the item's
     * {@link Position} is the record's position on the analytics topic. Field meanings: docs/analytics.md.
     */
    public static final class Insights {
        public static final String DEFAULT_TABLE = "CareerVault-Insights";

        public static final String USER_ID = "user_id";
        public static final String TOTAL_JOBS = "total_jobs";
        /** Map of status spelling to count (N). */
        public static final String JOBS_BY_STATUS = "jobs_by_status";
        /** List of {@link #WEEK}/{@link #APPLICATIONS} maps, oldest week first. */
        public static final String APPLICATIONS_PER_WEEK = "applications_per_week";
        /** String, an ISO week such as {@code 2026-W48}. */
        public static final String WEEK = "week";
        /** Number: applications in that week. */
        public static final String APPLICATIONS = "applications";
        public static final String APPLIED_JOBS = "applied_jobs";
        /** Numbers between 0 and 1. */
        public static final String RESPONSE_RATE = "response_rate";
        public static final String INTERVIEW_RATE = "interview_rate";
        public static final String OFFER_RATE = "offer_rate";
        /** Number of days; absent when no job has had a first response yet. */
        public static final String MEDIAN_DAYS_TO_FIRST_RESPONSE = "median_days_to_first_response";
        /**
         * String: the record's {@code funnel} (user-stats v2) as JSON, snake_case, exactly as published (a bounded
         * document of 20 groups, a few KB); absent on an item written from a version 1 record.
         */
        public static final String FUNNEL = "funnel";
        /** String, RFC 3339: when the notifier computed the figures (the record's CloudEvents {@code time}). */
        public static final String COMPUTED_AT = "computed_at";
        /** String: the record's CloudEvents {@code id}. */
        public static final String RECORD_ID = "record_id";

        private Insights() {
        }
    }

    /**
     * {@code CareerVault-RemindersSent}: every reminder email the notifier sent, one item per reminder,
     * partition {@code user_id}, sort {@code reminder_id}. The projector writes it from
     * {@code careervault.reminder.sent.v1} events (the notifier appends one per email sent); the account
     * export reads it. A job's deletion leaves its entries (they record emails that were sent); the account's
     * deletion removes them.
     */
    public static final class RemindersSent {
        public static final String DEFAULT_TABLE = "CareerVault-RemindersSent";

        public static final String USER_ID = "user_id";
        /** The reminder's id, as in the email's {@code X-CareerVault-Reminder} header. */
        public static final String REMINDER_ID = "reminder_id";
        public static final String JOB_ID = "job_id";
        /** The rule that sent it: {@code interview}, {@code follow-up} or {@code custom}. */
        public static final String KIND = "kind";
        /** String, RFC 3339: when the email was handed to the mail server. */
        public static final String SENT_AT = "sent_at";

        private RemindersSent() {
        }
    }

    /**
     * {@code CareerVault-Quotas}: the command API's guard table of per-account limits. Not part of the
     * projected read model: only the API writes it, with conditional writes, and a replay never touches it.
     * Partition {@code user_id}, sort {@code guard}; one account's items are the live-job counter, one
     * admission marker per counted job, and the create-rate state.
     */
    public static final class Quotas {
        public static final String DEFAULT_TABLE = "CareerVault-Quotas";

        public static final String USER_ID = "user_id";
        /** Which guard of the account an item is: one of the values below. */
        public static final String GUARD = "guard";

        /** {@code guard} of the counter item: its {@link #LIVE_JOBS} counts jobs admitted and not released. */
        public static final String LIVE_JOBS_GUARD = "live-jobs";
        /** {@code guard} prefix of a job's admission marker ({@code job#<job_id>}): the job is counted once. */
        public static final String JOB_MARKER_PREFIX = "job#";
        /** {@code guard} of the create-rate item (GCRA state in {@link #THEORETICAL_ARRIVAL}). */
        public static final String CREATE_RATE_GUARD = "create-rate";

        /** Number: jobs counted against the account's cap. */
        public static final String LIVE_JOBS = "live_jobs";
        /** Number: the GCRA theoretical arrival time, epoch microseconds. */
        public static final String THEORETICAL_ARRIVAL = "tat_us";
        /** String: ISO-8601 instant a job marker was written (for operators). */
        public static final String ADMITTED_AT = "admitted_at";

        private Quotas() {
        }
    }

    /** On every projected item: the log position (partition, offset) of the last event applied to it. */
    public static final class Position {
        public static final String PARTITION = "event_partition";
        public static final String OFFSET = "event_offset";

        private Position() {
        }
    }
}
