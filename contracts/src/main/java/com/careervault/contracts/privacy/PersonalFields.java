package com.careervault.contracts.privacy;

import com.careervault.contracts.events.EventType;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one list of which fields of each event type's {@code data} are personal and therefore encrypted with
 * the user's data key (JSON names, snake_case). Everything else stays in clear in the log forever: ids,
 * statuses, dates and times, booleans, the reminder preferences, the origin of imported jobs, and which
 * fields a {@code JobUpdated} cleared. The switch has no default, so a new event type does not compile
 * until someone decides here what in it is personal.
 */
public final class PersonalFields {

    /** The name of the data field that carries the encrypted fields (base64 of a Tink AEAD ciphertext). */
    public static final String ENCRYPTED_FIELDS = "encrypted_fields";

    private static final List<String> JOB = List.of(
            "company", "position", "location", "salary_range", "url", "notes", "tags", "job_description", "source");

    private static final List<String> RESTORED_JOB = Stream.concat(JOB.stream(), Stream.of("posting_as_applied"))
            .toList();

    private PersonalFields() {
    }

    /** The personal top-level fields of {@code type}'s data; empty when it has none (nothing is encrypted). */
    public static List<String> of(EventType type) {
        return switch (type) {
            case USER_REGISTERED -> List.of("username", "email", "given_name", "family_name");
            case USER_EMAIL_VERIFICATION_REQUESTED, USER_EMAIL_VERIFIED, USER_PASSWORD_RESET_REQUESTED,
                    USER_SIGN_UP_ATTEMPTED -> List.of("email");
            case USER_EMAIL_CHANGED -> List.of("email", "previous_email");
            case JOB_CREATED, JOB_UPDATED -> JOB;
            // the posting as it was when applied for is the job's description and url again
            case JOB_RESTORED -> RESTORED_JOB;
            // what the enricher read from the posting and the resume; hashes, scores and provider stay clear
            case JOB_ENRICHED -> List.of("summary", "required_skills", "strengths", "gaps");
            // where and how to meet, and what the user noted; the time, zone, kind and contacts' ids stay clear
            case INTERVIEW_SCHEDULED, INTERVIEW_RESCHEDULED -> List.of("location", "meeting_url", "notes");
            // a third party's details (issue: contacts are encrypted like the user's own data)
            case CONTACT_ADDED, CONTACT_CHANGED ->
                    List.of("name", "role", "company", "email", "phone", "profile_url", "notes");
            case INTERVIEW_CANCELLED, INTERVIEW_OUTCOME_RECORDED, CONTACT_REMOVED, CONTACT_CONTACTED -> List.of();
            case USER_PREFERENCES_CHANGED, USER_PASSWORD_CHANGED, USER_DELETED, REMINDER_SENT, JOB_STATUS_CHANGED,
                    JOB_DELETED, USER_RESUME_CHANGED, DOCUMENT_VERSION_ADDED, JOB_DOCUMENTS_PINNED ->
                    List.of();
        };
    }
}
