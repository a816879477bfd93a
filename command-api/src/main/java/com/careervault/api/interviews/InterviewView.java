package com.careervault.api.interviews;

import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.InterviewOutcome;
import com.careervault.contracts.time.Timestamps;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An interview as the read model holds it ({@code CareerVault-Interviews}), as clients see it (snake_case on the
 * wire). {@code local_start} is {@code starts_at} on the wall clock of {@code time_zone}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Interview", description = "An interview of a job. Optional fields that were never set are absent. "
        + "Cancelled interviews are kept (`status` `cancelled`).")
public record InterviewView(
        @Schema(description = "The interview's id (a UUID).", format = "uuid",
                example = "3b2f6a0e-1c4d-4e8f-9a7b-5c6d7e8f9a0b", requiredMode = Schema.RequiredMode.REQUIRED)
        String interviewId,
        @Schema(description = "The job it belongs to.", format = "uuid",
                example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "When it starts (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-03T09:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED) String startsAt,
        @Schema(description = "The IANA time zone it was arranged in, in which calendars show it.",
                example = "Europe/Berlin", requiredMode = Schema.RequiredMode.REQUIRED) String timeZone,
        @Schema(description = "`starts_at` on the wall clock of `time_zone` (ISO 8601 local date-time, minutes).",
                example = "2026-12-03T10:00", requiredMode = Schema.RequiredMode.REQUIRED) String localStart,
        @Schema(description = "How long it lasts, in minutes (1 to 1440).", example = "60", minimum = "1",
                maximum = "1440", requiredMode = Schema.RequiredMode.REQUIRED) int durationMinutes,
        @Schema(description = "What sort of interview it is.", implementation = InterviewKind.class,
                requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        @Schema(description = "Where it takes place.", example = "Alexanderplatz 1, Berlin") String location,
        @Schema(description = "The video call's link.", format = "uri", example = "https://meet.example.com/abc")
        String meetingUrl,
        @ArraySchema(arraySchema = @Schema(description = "The caller's contacts taking part (ids), possibly none.",
                requiredMode = Schema.RequiredMode.REQUIRED), schema = @Schema(format = "uuid"))
        List<String> contactIds,
        @Schema(description = "The caller's notes.", example = "Bring the portfolio") String notes,
        @Schema(description = "How it went; absent until recorded.", implementation = InterviewOutcome.class)
        String outcome,
        @Schema(description = "`scheduled`, or `cancelled` once called off.",
                allowableValues = {Interviews.SCHEDULED, Interviews.CANCELLED}, example = Interviews.SCHEDULED,
                requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "The iCalendar SEQUENCE (RFC 5545 §3.8.7.4): 0 when scheduled, one more with every "
                + "change of its arrangement and with its cancellation.", example = "0",
                requiredMode = Schema.RequiredMode.REQUIRED) int sequence,
        @Schema(description = "True for the interview read from the job's `interview_at` (60 minutes, UTC).",
                example = "false", requiredMode = Schema.RequiredMode.REQUIRED) boolean legacy,
        @Schema(description = "When it was scheduled (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T10:15:30.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @Schema(description = "When it last changed (RFC 3339, UTC); absent until the first change.",
                format = "date-time", example = "2026-11-21T08:00:00.000000Z") String updatedAt,
        @Schema(description = "The job's employer: only in the upcoming list.", example = "Google") String company,
        @Schema(description = "The job's role: only in the upcoming list.", example = "Software Engineer")
        String position) {

    /** Wall-clock minutes, as requests send {@code local_start}. */
    static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** The view of one item of {@code CareerVault-Interviews}. */
    static InterviewView of(Map<String, AttributeValue> item) {
        String startsAt = s(item, Interviews.STARTS_AT);
        String zone = s(item, Interviews.TIME_ZONE);
        AttributeValue contacts = item.get(Interviews.CONTACT_IDS);
        AttributeValue legacy = item.get(Interviews.LEGACY);
        return new InterviewView(s(item, Interviews.INTERVIEW_ID), s(item, Interviews.JOB_ID), startsAt, zone,
                localStart(startsAt, zone), n(item, Interviews.DURATION_MINUTES), s(item, Interviews.KIND),
                s(item, Interviews.LOCATION), s(item, Interviews.MEETING_URL),
                contacts == null || !contacts.hasL() ? List.of()
                        : contacts.l().stream().map(AttributeValue::s).toList(),
                s(item, Interviews.NOTES), s(item, Interviews.OUTCOME), s(item, Interviews.STATUS),
                n(item, Interviews.SEQUENCE), legacy != null && Boolean.TRUE.equals(legacy.bool()),
                s(item, Interviews.CREATED_AT), s(item, Interviews.UPDATED_AT), null, null);
    }

    /** The same with the job's company and position (the upcoming list). */
    InterviewView withJob(String company, String position) {
        return new InterviewView(interviewId, jobId, startsAt, timeZone, localStart, durationMinutes, kind, location,
                meetingUrl, contactIds, notes, outcome, status, sequence, legacy, createdAt, updatedAt, company,
                position);
    }

    private static String localStart(String startsAt, String zone) {
        LocalDateTime local = LocalDateTime.ofInstant(Timestamps.parse(startsAt), ZoneId.of(zone));
        return local.format(LOCAL_START);
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static int n(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? 0 : Integer.parseInt(value.n());
    }
}
