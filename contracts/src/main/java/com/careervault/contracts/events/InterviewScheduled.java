package com.careervault.contracts.events;

import com.careervault.contracts.interviews.InterviewKind;
import java.time.Instant;
import java.util.List;

/**
 * An interview was arranged for a job.
 *
 * @param startsAt when it begins (an instant; {@code timeZone} says in which zone it was arranged)
 * @param timeZone the IANA time zone id it was arranged in ({@code Europe/Berlin}), in which calendars show it
 * @param durationMinutes how long it lasts, 1 to 1440 minutes
 * @param location where it takes place, absent when not given
 * @param meetingUrl the video call's link (an http(s) URL), absent when not given
 * @param contactIds the user's contacts taking part (ids of {@code contact.added}), possibly empty
 * @param notes the user's notes, absent when not given
 */
public record InterviewScheduled(String jobId, String interviewId, Instant startsAt, String timeZone,
        int durationMinutes, InterviewKind kind, String location, String meetingUrl, List<String> contactIds,
        String notes) implements InterviewArrangement {

    public InterviewScheduled {
        contactIds = Require.arrangement(jobId, interviewId, startsAt, timeZone, kind, contactIds);
    }
}
