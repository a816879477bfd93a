package com.careervault.contracts.events;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CloudEvents {@code type} of each event, bound to the record that carries its data. */
public enum EventType {
    USER_REGISTERED("careervault.user.registered.v1", UserRegistered.class),
    USER_PREFERENCES_CHANGED("careervault.user.preferences-changed.v1", UserPreferencesChanged.class),
    USER_EMAIL_VERIFICATION_REQUESTED("careervault.user.email-verification-requested.v1",
            UserEmailVerificationRequested.class),
    USER_EMAIL_VERIFIED("careervault.user.email-verified.v1", UserEmailVerified.class),
    USER_EMAIL_CHANGED("careervault.user.email-changed.v1", UserEmailChanged.class),
    USER_PASSWORD_RESET_REQUESTED("careervault.user.password-reset-requested.v1", UserPasswordResetRequested.class),
    USER_PASSWORD_CHANGED("careervault.user.password-changed.v1", UserPasswordChanged.class),
    USER_SIGN_UP_ATTEMPTED("careervault.user.sign-up-attempted.v1", UserSignUpAttempted.class),
    USER_DELETED("careervault.user.deleted.v1", UserDeleted.class),
    USER_RESUME_CHANGED("careervault.user.resume-changed.v1", UserResumeChanged.class),
    DOCUMENT_VERSION_ADDED("careervault.document.version-added.v1", DocumentVersionAdded.class),
    REMINDER_SENT("careervault.reminder.sent.v1", ReminderSent.class),
    JOB_CREATED("careervault.job.created.v1", JobCreated.class),
    JOB_UPDATED("careervault.job.updated.v1", JobUpdated.class),
    JOB_STATUS_CHANGED("careervault.job.status-changed.v1", JobStatusChanged.class),
    JOB_DELETED("careervault.job.deleted.v1", JobDeleted.class),
    JOB_RESTORED("careervault.job.restored.v1", JobRestored.class),
    JOB_ENRICHED("careervault.job.enriched.v1", JobEnriched.class),
    JOB_DOCUMENTS_PINNED("careervault.job.documents-pinned.v1", JobDocumentsPinned.class),
    INTERVIEW_SCHEDULED("careervault.job.interview-scheduled.v1", InterviewScheduled.class),
    INTERVIEW_RESCHEDULED("careervault.job.interview-rescheduled.v1", InterviewRescheduled.class),
    INTERVIEW_CANCELLED("careervault.job.interview-cancelled.v1", InterviewCancelled.class),
    INTERVIEW_OUTCOME_RECORDED("careervault.job.interview-outcome-recorded.v1", InterviewOutcomeRecorded.class),
    CONTACT_ADDED("careervault.contact.added.v1", ContactAdded.class),
    CONTACT_CHANGED("careervault.contact.changed.v1", ContactChanged.class),
    CONTACT_REMOVED("careervault.contact.removed.v1", ContactRemoved.class),
    CONTACT_CONTACTED("careervault.contact.contacted.v1", ContactContacted.class);

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private final String type;
    private final Class<? extends CareerVaultEvent> dataClass;

    EventType(String type, Class<? extends CareerVaultEvent> dataClass) {
        this.type = type;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public Class<? extends CareerVaultEvent> dataClass() {
        return dataClass;
    }

    /** Classpath location of the JSON Schema of this type's {@code data}. */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }

    public static EventType of(String type) {
        EventType eventType = BY_TYPE.get(type);
        if (eventType == null) {
            throw new UnknownEventTypeException(type);
        }
        return eventType;
    }

    public static EventType of(CareerVaultEvent data) {
        return BY_CLASS.get(data.getClass());
    }
}
