package com.careervault.api.interviews;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.InterviewLimits;
import com.careervault.contracts.jobs.JobFieldLimits;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/**
 * The body of {@code POST /api/jobs/{jobId}/interviews}: when (exactly one of {@code local_start}, a wall-clock
 * time in {@code time_zone}, or {@code starts_at}, an instant), the zone, and the rest of the arrangement. Text
 * is trimmed and blank counts as absent; repeated contact ids count once.
 */
@Schema(name = "InterviewRequest", description = "A new interview. Send `time_zone` and exactly one of `local_start` "
        + "(the wall-clock time in that zone) or `starts_at` (an instant). A `local_start` in a daylight-saving gap "
        + "moves forward by the gap's length, one in an overlap takes the earlier offset (java.time "
        + "`ZonedDateTime.ofLocal`). Text is trimmed; blank text counts as absent.")
public record InterviewRequest(
        @Schema(description = "When it starts on the wall clock of `time_zone` (ISO 8601 local date-time).",
                implementation = String.class, pattern = LOCAL_DATE_TIME,
                example = "2026-12-03T10:00") LocalDateTime localStart,
        @Schema(description = "When it starts: an RFC 3339 date-time with an offset (instead of `local_start`).",
                example = "2026-12-03T09:00:00Z") OffsetDateTime startsAt,
        @Schema(description = "The IANA time zone it is arranged in, in which calendars show it.",
                example = "Europe/Berlin", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") @Text(max = 64) String timeZone,
        @Schema(description = "How long it lasts, in minutes; 60 when left out.", minimum = "1", maximum = "1440",
                example = "60")
        @Min(value = InterviewLimits.DURATION_MINUTES_MIN, message = "must be at least {value} minute")
        @Max(value = InterviewLimits.DURATION_MINUTES_MAX, message = "must be at most {value} minutes (a day)")
        Integer durationMinutes,
        @Schema(description = "What sort of interview; `other` when left out. Any letter case is accepted.",
                implementation = InterviewKind.class, example = "technical") InterviewKind kind,
        @Schema(description = "Where it takes place.", example = "Alexanderplatz 1, Berlin",
                maxLength = InterviewLimits.LOCATION_MAX)
        @Text(max = InterviewLimits.LOCATION_MAX) String location,
        @Schema(description = "The video call's link: an absolute http(s) URL.", format = "uri",
                example = "https://meet.example.com/abc", maxLength = InterviewLimits.MEETING_URL_MAX)
        @URL(regexp = JobFieldLimits.HTTP_URL, message = JobFieldLimits.HTTP_URL_MESSAGE)
        @Text(max = InterviewLimits.MEETING_URL_MAX) String meetingUrl,
        @ArraySchema(arraySchema = @Schema(description = "The caller's contacts taking part (their ids)."),
                maxItems = InterviewLimits.CONTACTS_MAX, schema = @Schema(format = "uuid"))
        @Size(max = InterviewLimits.CONTACTS_MAX, message = "must have at most {max} items")
        List<@NotBlank(message = "must be a non-blank string") @Text(max = 64) String> contactIds,
        @Schema(description = "The caller's notes.", example = "Bring the portfolio",
                maxLength = InterviewLimits.NOTES_MAX)
        @Text(max = InterviewLimits.NOTES_MAX) String notes) implements ApiRequest {

    /** How {@code local_start} looks in the OpenAPI document: an ISO 8601 local date-time, no offset. */
    static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    public InterviewRequest {
        timeZone = Trimmed.text(timeZone);
        location = Trimmed.text(location);
        meetingUrl = Trimmed.text(meetingUrl);
        contactIds = Trimmed.distinct(contactIds);
        notes = Trimmed.text(notes);
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if ((localStart == null) == (startsAt == null)) {
            problems.add(new FieldProblem("local_start", "send exactly one of local_start and starts_at"));
        }
        Arrangement.zoneProblem(timeZone).ifPresent(problems::add);
        return problems;
    }

    /** The arrangement asked for; call only on a request without problems. */
    Arrangement arrangement() {
        return new Arrangement(Arrangement.start(localStart, startsAt, timeZone), timeZone,
                durationMinutes == null ? Arrangement.DEFAULT_DURATION_MINUTES : durationMinutes,
                kind == null ? InterviewKind.OTHER : kind, location, meetingUrl,
                contactIds == null ? List.of() : contactIds, notes);
    }
}
