package com.careervault.api.insights;

import com.careervault.contracts.jobs.JobStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The caller's application statistics as the analytics stream last computed them (docs/analytics.md), read
 * from the insights table. Rates are shares of {@code appliedJobs}, between 0 and 1.
 */
@Schema(name = "Insights", description = "The caller's application statistics, as the analytics stream last "
        + "computed them. A caller with no statistics yet gets the same shape with every figure zero.")
public record InsightsView(
        @Schema(description = "Jobs the caller has now (deleted ones excluded).", example = "4",
                requiredMode = Schema.RequiredMode.REQUIRED) long totalJobs,
        @ArraySchema(arraySchema = @Schema(description = "Jobs per current status: every status once, in the "
                + "order of the board (Wishlist first, Ghosted last), zero included.",
                requiredMode = Schema.RequiredMode.REQUIRED), minItems = 9, maxItems = 9)
        List<StatusCount> jobsByStatus,
        @Schema(description = "Jobs that ever left Wishlist: the denominator of the three rates.", example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED) long appliedJobs,
        @Schema(description = "Share of applied jobs that got an answer from the employer (reached Screening, "
                + "Interviewing, Offer, Accepted or Rejected); 0 to 1, 0 when there are no applied jobs.",
                example = "0.6667", minimum = "0", maximum = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        double responseRate,
        @Schema(description = "Share of applied jobs that ever reached Interviewing, Offer or Accepted; 0 to 1.",
                example = "0.3333", minimum = "0", maximum = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        double interviewRate,
        @Schema(description = "Share of applied jobs that ever reached Offer or Accepted; 0 to 1.",
                example = "0", minimum = "0", maximum = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        double offerRate,
        @Schema(description = "Median days (fractional) from entering Applied to the first later status, over "
                + "the jobs that had one; `null` when none has.", types = {"number", "null"}, example = "3.5",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonInclude(JsonInclude.Include.ALWAYS) Double medianDaysToFirstResponse,
        @ArraySchema(arraySchema = @Schema(description = "Applications in each of the last twelve ISO weeks, "
                + "oldest first; the last is the week the figures were computed in.",
                requiredMode = Schema.RequiredMode.REQUIRED), minItems = 12, maxItems = 12)
        List<WeekCount> applicationsPerWeek,
        @Schema(description = "When the figures were computed (RFC 3339, UTC): they are as of then, and change "
                + "when one of the caller's jobs does. `null` while the caller has no statistics yet.",
                types = {"string", "null"}, format = "date-time", example = "2026-11-27T09:00:00.000000Z",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonInclude(JsonInclude.Include.ALWAYS) String asOf,
        @Schema(description = "The funnel from the stage events: reached stages, conversions, time in stage and "
                + "time to first response, overall, per week and per source. All zero while the caller has no "
                + "statistics yet.", requiredMode = Schema.RequiredMode.REQUIRED) FunnelView funnel) {

    /** How many jobs have one status. */
    @Schema(name = "InsightsStatusCount", description = "How many of the caller's jobs have one status.")
    public record StatusCount(
            @Schema(description = "The status.", implementation = JobStatus.class,
                    requiredMode = Schema.RequiredMode.REQUIRED) String status,
            @Schema(description = "Jobs with that status now.", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) long count) {
    }

    /** Applications in one ISO week. */
    @Schema(name = "InsightsWeek", description = "Applications in one ISO week.")
    public record WeekCount(
            @Schema(description = "The ISO week (ISO 8601 week-based year and week number).", example = "2026-W48",
                    pattern = "^\\d{4}-W\\d{2}$", requiredMode = Schema.RequiredMode.REQUIRED) String week,
            @Schema(description = "Applied jobs counted in that week: by their `applied_date`, or their creation "
                    + "when they have none.", example = "2", requiredMode = Schema.RequiredMode.REQUIRED)
            long applications) {
    }
}
