package com.careervault.notifier.support;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewRescheduled;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builders of the events a test feeds to the notifier, for one user. */
public record Events(String userId) {

    public static Events forNewUser() {
        return new Events(UUID.randomUUID().toString());
    }

    public static String newJobId() {
        return UUID.randomUUID().toString();
    }

    public EventEnvelope envelope(CareerVaultEvent data, Instant time) {
        return EventEnvelope.of(UUID.randomUUID().toString(), "/careervault/test", time, userId, data);
    }

    public UserRegistered registered(String email) {
        return new UserRegistered(userId, "user-" + userId, email, "Jane", "Doe");
    }

    /** A registration since sign-up stopped trusting addresses: {@code email_verified} false. */
    public UserRegistered unverified(String email) {
        return new UserRegistered(userId, "user-" + userId, email, "Jane", "Doe", false);
    }

    public UserPreferencesChanged preferences(boolean followUp, int days, boolean interview, boolean custom,
            String zone) {
        return new UserPreferencesChanged(userId, new ReminderPreferences(followUp, days, interview, custom, zone));
    }

    /** Every rule on, times in UTC, interviews reminded {@code hours} ahead. */
    public UserPreferencesChanged interviewLead(int hours) {
        return new UserPreferencesChanged(userId, new ReminderPreferences(true, 7, true, true, "UTC", hours));
    }

    public static String newInterviewId() {
        return UUID.randomUUID().toString();
    }

    /** A technical interview of 90 minutes in {@code zone}, with a room, a meeting link and notes. */
    public static InterviewScheduled interview(String jobId, String interviewId, Instant startsAt, String zone) {
        return new InterviewScheduled(jobId, interviewId, startsAt, zone, 90, InterviewKind.TECHNICAL, "Room 4",
                "https://meet.example.com/j/1", List.of(), "Ask about the on-call rota");
    }

    /** The interview of {@link #interview} moved to {@code startsAt}, everything else kept. */
    public static InterviewRescheduled rescheduled(String jobId, String interviewId, Instant startsAt, String zone) {
        return new InterviewRescheduled(jobId, interviewId, startsAt, zone, 90, InterviewKind.TECHNICAL, "Room 4",
                "https://meet.example.com/j/1", List.of(), "Ask about the on-call rota");
    }

    public static InterviewCancelled cancelled(String jobId, String interviewId) {
        return new InterviewCancelled(jobId, interviewId);
    }

    public static JobCreated created(String jobId, JobStatus status) {
        return created(jobId, status, "Tech Corp", null, null, null);
    }

    public static JobCreated created(String jobId, JobStatus status, String company, LocalDate appliedDate,
            Instant interviewAt, Instant followUpAt) {
        return new JobCreated(jobId, company, "Senior Software Engineer", status, null, null, appliedDate, null, null,
                interviewAt, followUpAt, null);
    }

    public static JobUpdated interviewAt(String jobId, Instant at) {
        return new JobUpdated(jobId, null, null, null, null, null, null, null, at, null, null, null);
    }

    public static JobUpdated followUpAt(String jobId, Instant at) {
        return new JobUpdated(jobId, null, null, null, null, null, null, null, null, at, null, null);
    }

    public static JobUpdated cleared(String jobId, String field) {
        return new JobUpdated(jobId, null, null, null, null, null, null, null, null, null, null, List.of(field));
    }

    public static JobStatusChanged moved(String jobId, JobStatus from, JobStatus to) {
        return new JobStatusChanged(jobId, from, to);
    }

    /**
     * The restore of a job made by {@link #created(String, JobStatus)} at {@code createdAt}, with its history.
     */
    public static JobRestored restored(String jobId, JobStatus status, Instant createdAt, List<StatusStage> history) {
        JobCreated job = created(jobId, status);
        return new JobRestored(jobId, job.company(), job.position(), status, job.location(), job.salaryRange(),
                job.appliedDate(), job.url(), job.notes(), job.interviewAt(), job.followUpAt(), job.tags(), createdAt,
                history, history.size());
    }

    /** Every rule on, times in UTC, marked Ghosted after {@code afterApplied} / {@code afterInterview} days. */
    public UserPreferencesChanged ghostedAfter(int afterApplied, int afterInterview) {
        return new UserPreferencesChanged(userId, new ReminderPreferences(true, 7, true, true, "UTC", 24, afterApplied,
                afterInterview));
    }

    /** A note written on the job: an update that changes nothing the reminders look at. */
    public static JobUpdated note(String jobId, String notes) {
        return new JobUpdated(jobId, null, null, null, null, null, null, notes, null, null, null, null);
    }

    public static JobDeleted deleted(String jobId) {
        return new JobDeleted(jobId);
    }
}
