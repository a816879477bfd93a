package com.careervault.contracts.events;

/**
 * An interview was called off. It is kept (calendars show it as {@code STATUS:CANCELLED}, RFC 5545 §3.8.1.11),
 * its iCalendar {@code SEQUENCE} rises by one, and no reminder is sent for it.
 */
public record InterviewCancelled(String jobId, String interviewId) implements JobEvent {

    public InterviewCancelled {
        Require.text(jobId, "job_id");
        Require.text(interviewId, "interview_id");
    }
}
