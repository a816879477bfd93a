package com.careervault.api.preferences;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.events.ReminderPreferences;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** The body of {@code PUT /api/me/preferences}; a field left out keeps its current value. */
@Schema(description = "Reminder preferences to set; a field left out keeps its current value.")
public record PreferencesRequest(
        @Schema(description = "Email a reminder to follow up after `follow_up_days` in `Applied`.", example = "true")
        Boolean followUpEnabled,
        @Schema(description = "Days in `Applied` before the follow-up reminder.", example = "7", minimum = "1",
                maximum = "" + ReminderPreferences.MAX_FOLLOW_UP_DAYS)
        @Min(value = 1, message = "must be a whole number from 1 to " + ReminderPreferences.MAX_FOLLOW_UP_DAYS)
        @Max(value = ReminderPreferences.MAX_FOLLOW_UP_DAYS,
                message = "must be a whole number from 1 to " + ReminderPreferences.MAX_FOLLOW_UP_DAYS)
        Integer followUpDays,
        @Schema(description = "Email a reminder `interview_lead_hours` before each interview.", example = "true")
        Boolean interviewEnabled,
        @Schema(description = "Email a reminder at a job's `follow_up_at`.", example = "true")
        Boolean customEnabled,
        @Schema(description = "The IANA time zone reminders are timed in.", example = "Europe/Berlin", maxLength = 64)
        @Text(max = 64) String timeZone,
        @Schema(description = "Hours before each interview its reminder is emailed.", example = "24", minimum = "1",
                maximum = "" + ReminderPreferences.MAX_INTERVIEW_LEAD_HOURS)
        @Min(value = 1, message = "must be a whole number from 1 to " + ReminderPreferences.MAX_INTERVIEW_LEAD_HOURS)
        @Max(value = ReminderPreferences.MAX_INTERVIEW_LEAD_HOURS,
                message = "must be a whole number from 1 to " + ReminderPreferences.MAX_INTERVIEW_LEAD_HOURS)
        Integer interviewLeadHours,
        @Schema(description = "Days without a stage change or interview activity after which an application in "
                + "`Applied` or `Screening` is marked `Ghosted` for the caller (any later change of the job moves "
                + "it back).", example = "21", minimum = "1", maximum = "" + ReminderPreferences.MAX_GHOSTED_AFTER_DAYS)
        @Min(value = 1, message = "must be a whole number from 1 to " + ReminderPreferences.MAX_GHOSTED_AFTER_DAYS)
        @Max(value = ReminderPreferences.MAX_GHOSTED_AFTER_DAYS,
                message = "must be a whole number from 1 to " + ReminderPreferences.MAX_GHOSTED_AFTER_DAYS)
        Integer ghostedAfterAppliedDays,
        @Schema(description = "The same for an application in `Interviewing` or with an interview, counted from its "
                + "last interview.", example = "14", minimum = "1",
                maximum = "" + ReminderPreferences.MAX_GHOSTED_AFTER_DAYS)
        @Min(value = 1, message = "must be a whole number from 1 to " + ReminderPreferences.MAX_GHOSTED_AFTER_DAYS)
        @Max(value = ReminderPreferences.MAX_GHOSTED_AFTER_DAYS,
                message = "must be a whole number from 1 to " + ReminderPreferences.MAX_GHOSTED_AFTER_DAYS)
        Integer ghostedAfterInterviewDays) implements ApiRequest {

    public PreferencesRequest {
        timeZone = Trimmed.text(timeZone);
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                return List.of(new FieldProblem("time_zone", "must be an IANA time zone such as Europe/Berlin"));
            }
        }
        return List.of();
    }

    /** These preferences applied over {@code now}. */
    ReminderPreferences over(ReminderPreferences now) {
        return new ReminderPreferences(
                followUpEnabled == null ? now.followUpEnabled() : followUpEnabled,
                followUpDays == null ? now.followUpDays() : followUpDays,
                interviewEnabled == null ? now.interviewEnabled() : interviewEnabled,
                customEnabled == null ? now.customEnabled() : customEnabled,
                timeZone == null ? now.timeZone() : timeZone,
                interviewLeadHours == null ? now.interviewLeadHours() : interviewLeadHours,
                ghostedAfterAppliedDays == null ? now.ghostedAfterAppliedDays() : ghostedAfterAppliedDays,
                ghostedAfterInterviewDays == null ? now.ghostedAfterInterviewDays() : ghostedAfterInterviewDays);
    }
}
