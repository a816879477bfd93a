package com.careervault.contracts.events;

import com.careervault.contracts.interviews.InterviewKind;
import java.time.Instant;
import java.util.List;

/**
 * An interview's arrangement changed (its time, place, people or notes): the event carries the whole new
 * arrangement, with the fields of {@link InterviewScheduled}. Each one raises the interview's iCalendar
 * {@code SEQUENCE} (RFC 5545 §3.8.7.4) by one; a reminder is sent for the new time only.
 */
public record InterviewRescheduled(String jobId, String interviewId, Instant startsAt, String timeZone,
        int durationMinutes, InterviewKind kind, String location, String meetingUrl, List<String> contactIds,
        String notes) implements InterviewArrangement {

    public InterviewRescheduled {
        contactIds = Require.arrangement(jobId, interviewId, startsAt, timeZone, kind, contactIds);
    }
}
