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
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.URL;

/**
 * The body of {@code PATCH /api/jobs/{jobId}/interviews/{interviewId}}, a JSON Merge Patch (RFC 7396) of the
 * fields of {@link InterviewRequest}: a field left out stays ({@code null} here), one sent as JSON null is removed
 * ({@code Optional.empty()}; only location, meeting_url, contact_ids and notes can be), one with a value gets it.
 * A new {@code time_zone} without a new start keeps the wall-clock start ({@code local_start}) in the new zone.
 */
@Schema(name = "InterviewPatch", description = "A JSON Merge Patch (RFC 7396) of an interview: fields left out stay "
        + "as they are, fields sent as `null` are removed (only `location`, `meeting_url`, `contact_ids` and "
        + "`notes`). At most one of `local_start` and `starts_at`; a `local_start` is read in the new `time_zone` "
        + "if one is sent, else in the interview's. A new `time_zone` alone keeps the wall-clock start. At least "
        + "one field.", minProperties = 1)
public record InterviewPatchRequest(
        @Schema(description = "The new start on the wall clock of the (new) `time_zone`.",
                implementation = String.class, pattern = InterviewRequest.LOCAL_DATE_TIME,
                example = "2026-12-03T11:00") Optional<LocalDateTime> localStart,
        @Schema(description = "The new start, an RFC 3339 date-time with an offset.",
                implementation = String.class,
                format = "date-time", example = "2026-12-03T10:00:00Z") Optional<OffsetDateTime> startsAt,
        @Schema(description = "The IANA time zone.", example = "Europe/Berlin")
        Optional<@Text(max = 64) String> timeZone,
        @Schema(description = "How long it lasts, in minutes.", minimum = "1", maximum = "1440", example = "90")
        Optional<@Min(value = InterviewLimits.DURATION_MINUTES_MIN, message = "must be at least {value} minute")
                @Max(value = InterviewLimits.DURATION_MINUTES_MAX, message = "must be at most {value} minutes (a day)")
                Integer> durationMinutes,
        @Schema(description = "What sort of interview.", implementation = InterviewKind.class, example = "final")
        Optional<InterviewKind> kind,
        @Schema(description = "Where it takes place; `null` removes it.", types = {"string", "null"},
                example = "Alexanderplatz 1, Berlin", maxLength = InterviewLimits.LOCATION_MAX)
        Optional<@Text(max = InterviewLimits.LOCATION_MAX) String> location,
        @Schema(description = "The video call's link; `null` removes it.", types = {"string", "null"},
                format = "uri", example = "https://meet.example.com/abc", maxLength = InterviewLimits.MEETING_URL_MAX)
        Optional<@URL(regexp = JobFieldLimits.HTTP_URL, message = JobFieldLimits.HTTP_URL_MESSAGE)
                @Text(max = InterviewLimits.MEETING_URL_MAX) String> meetingUrl,
        @ArraySchema(arraySchema = @Schema(description = "The contacts taking part, replacing the current ones; "
                + "`null` removes them all.", types = {"array", "null"}), maxItems = InterviewLimits.CONTACTS_MAX,
                schema = @Schema(format = "uuid"))
        @Size(max = InterviewLimits.CONTACTS_MAX, message = "must have at most {max} items",
                payload = Unwrapping.Unwrap.class)
        Optional<List<@NotBlank(message = "must be a non-blank string") @Text(max = 64) String>> contactIds,
        @Schema(description = "The caller's notes; `null` removes them.", types = {"string", "null"},
                example = "Bring the portfolio", maxLength = InterviewLimits.NOTES_MAX)
        Optional<@Text(max = InterviewLimits.NOTES_MAX) String> notes) implements ApiRequest {

    public InterviewPatchRequest {
        timeZone = Trimmed.text(timeZone);
        location = Trimmed.text(location);
        meetingUrl = Trimmed.text(meetingUrl);
        contactIds = contactIds == null ? null : contactIds.map(Trimmed::distinct);
        notes = Trimmed.text(notes);
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        notRemoved(problems, "local_start", localStart);
        notRemoved(problems, "starts_at", startsAt);
        notRemoved(problems, "time_zone", timeZone);
        notRemoved(problems, "duration_minutes", durationMinutes);
        notRemoved(problems, "kind", kind);
        if (localStart != null && startsAt != null) {
            problems.add(new FieldProblem("local_start", "send at most one of local_start and starts_at"));
        }
        if (timeZone != null) {
            timeZone.flatMap(Arrangement::zoneProblem).ifPresent(problems::add);
        }
        if (problems.isEmpty() && localStart == null && startsAt == null && timeZone == null
                && durationMinutes == null && kind == null && location == null && meetingUrl == null
                && contactIds == null && notes == null) {
            problems.add(new FieldProblem("body", "must change at least one of local_start, starts_at, time_zone, "
                    + "duration_minutes, kind, location, meeting_url, contact_ids, notes"));
        }
        return problems;
    }

    /** The whole new arrangement: {@code now} with this patch applied. Call only on a request without problems. */
    Arrangement applyTo(Arrangement now, String nowLocalStart) {
        String zone = timeZone == null ? now.timeZone() : timeZone.get();
        Instant start;
        if (localStart != null) {
            start = Arrangement.resolve(localStart.get(), zone);
        } else if (startsAt != null) {
            start = startsAt.get().toInstant();
        } else if (!zone.equals(now.timeZone())) {
            // the same wall-clock time in the corrected zone
            start = Arrangement.resolve(LocalDateTime.parse(nowLocalStart), zone);
        } else {
            start = now.startsAt();
        }
        return new Arrangement(start, zone,
                durationMinutes == null ? now.durationMinutes() : durationMinutes.get(),
                kind == null ? now.kind() : kind.get(),
                location == null ? now.location() : location.orElse(null),
                meetingUrl == null ? now.meetingUrl() : meetingUrl.orElse(null),
                contactIds == null ? now.contactIds() : contactIds.orElse(List.of()),
                notes == null ? now.notes() : notes.orElse(null));
    }

    private static void notRemoved(List<FieldProblem> problems, String field, Optional<?> value) {
        if (value != null && value.isEmpty()) {
            problems.add(new FieldProblem(field, "cannot be removed"));
        }
    }
}
