package com.careervault.contracts.events;

import com.careervault.contracts.interviews.InterviewKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** An interview's whole arrangement, as {@link InterviewScheduled} and {@link InterviewRescheduled} carry it. */
public sealed interface InterviewArrangement extends JobEvent permits InterviewScheduled, InterviewRescheduled {

    String interviewId();

    Instant startsAt();

    String timeZone();

    int durationMinutes();

    InterviewKind kind();

    String location();

    String meetingUrl();

    List<String> contactIds();

    String notes();

    default ZoneId zone() {
        return ZoneId.of(timeZone());
    }
}
