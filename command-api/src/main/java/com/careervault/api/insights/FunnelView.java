package com.careervault.api.insights;

import com.careervault.contracts.analytics.UserStats;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The funnel from the stage events (docs/analytics.md), as the notifier last published it in a user-stats v2 record:
 * over all the caller's applications, per ISO week of application and per source group. Bounded: 20 groups.
 */
@Schema(name = "InsightsFunnel", description = "How far the caller's applications got, from every stage change "
        + "they had (not only where they stand now): an application rejected after an interview counts as having "
        + "reached Interviewing, and a status changed back and forth counts once. Over all applications, per ISO "
        + "week of application and per source.")
public record FunnelView(
        @Schema(description = "All the caller's applications (jobs that ever left Wishlist).",
                requiredMode = Schema.RequiredMode.REQUIRED) Group overall,
        @ArraySchema(arraySchema = @Schema(description = "The applications of each of the twelve ISO weeks of "
                + "`applications_per_week`, oldest first: by `applied_date`, or the day the job became an "
                + "application in the caller's time zone when it has none.",
                requiredMode = Schema.RequiredMode.REQUIRED), minItems = 12, maxItems = 12) List<Week> byWeek,
        @ArraySchema(arraySchema = @Schema(description = "The applications of each source group, in this order: "
                + "LinkedIn, Referral, Company site, Job board, Recruiter, Other (any other text), Not given.",
                requiredMode = Schema.RequiredMode.REQUIRED), minItems = 7, maxItems = 7) List<Source> bySource) {

    static FunnelView of(UserStats.Funnel funnel) {
        return new FunnelView(Group.of(funnel.overall()),
                funnel.byWeek().stream().map(week -> new Week(week.week(), Group.of(week.funnel()))).toList(),
                funnel.bySource().stream().map(source -> new Source(source.source(), Group.of(source.funnel())))
                        .toList());
    }

    /** Every figure zero, for the given twelve weeks. */
    static FunnelView empty(List<String> weeks) {
        return new FunnelView(Group.empty(), weeks.stream().map(week -> new Week(week, Group.empty())).toList(),
                UserStats.Funnel.SOURCES.stream().map(source -> new Source(source, Group.empty())).toList());
    }

    @Schema(name = "InsightsFunnelWeek", description = "The funnel of the applications of one ISO week.")
    public record Week(
            @Schema(description = "The ISO week.", example = "2026-W48", pattern = "^\\d{4}-W\\d{2}$",
                    requiredMode = Schema.RequiredMode.REQUIRED) String week,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Group funnel) {
    }

    @Schema(name = "InsightsFunnelSource", description = "The funnel of the applications from one source group.")
    public record Source(
            @Schema(description = "The source group: a job's `source` when it is one of the suggestions (letter "
                    + "case and spacing ignored), `Other` for any other text, `Not given` without one.",
                    allowableValues = {"LinkedIn", "Referral", "Company site", "Job board", "Recruiter", "Other",
                            "Not given"}, example = "LinkedIn", requiredMode = Schema.RequiredMode.REQUIRED)
            String source,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Group funnel) {
    }

    @Schema(name = "InsightsFunnelGroup", description = "The funnel of a group of applications.")
    public record Group(
            @Schema(description = "Applications in the group.", example = "12",
                    requiredMode = Schema.RequiredMode.REQUIRED) long applications,
            @ArraySchema(arraySchema = @Schema(description = "Applied, Screening, Interviewing, Offer, Accepted, in "
                    + "this order.", requiredMode = Schema.RequiredMode.REQUIRED), minItems = 5, maxItems = 5)
            List<Stage> stages,
            @Schema(description = "Days from entering Applied to the employer's first answer: Screening, "
                    + "Interviewing, Offer, Accepted, Rejected or an interview arranged (Ghosted and Withdrawn are "
                    + "no answer).", requiredMode = Schema.RequiredMode.REQUIRED) Durations firstResponse) {

        static Group of(UserStats.FunnelGroup group) {
            return new Group(group.applications(), group.stages().stream().map(Stage::of).toList(),
                    Durations.of(group.firstResponse()));
        }

        static Group empty() {
            List<Stage> stages = UserStats.Funnel.STAGES.stream().map(stage -> stage.equals("Accepted")
                    ? new Stage(stage, 0, null, null) : new Stage(stage, 0, 0.0, Durations.NONE)).toList();
            return new Group(0, stages, Durations.NONE);
        }
    }

    @Schema(name = "InsightsFunnelStage", description = "One stage of a funnel.")
    public record Stage(
            @Schema(description = "The stage.", allowableValues = {"Applied", "Screening", "Interviewing", "Offer",
                    "Accepted"}, example = "Interviewing", requiredMode = Schema.RequiredMode.REQUIRED) String stage,
            @Schema(description = "Applications that reached this stage or a later one, each counted once.",
                    example = "4", requiredMode = Schema.RequiredMode.REQUIRED) long reached,
            @Schema(description = "Share of them that reached the next stage, 0 to 1 (0 when none reached this "
                    + "one); `null` for Accepted.", types = {"number", "null"}, minimum = "0", maximum = "1",
                    example = "0.25", requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonInclude(JsonInclude.Include.ALWAYS) Double conversionToNext,
            @Schema(description = "Days spent in this stage by the applications that left it (a job's stays added "
                    + "up); `null` for Accepted.", types = {"object", "null"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonInclude(JsonInclude.Include.ALWAYS) Durations timeInStage) {

        static Stage of(UserStats.StageFigures stage) {
            return new Stage(stage.stage(), stage.reached(), stage.conversionToNext(),
                    stage.timeInStage() == null ? null : Durations.of(stage.timeInStage()));
        }
    }

    @Schema(name = "InsightsDurations", description = "Durations in days: the median and the 90th percentile (the "
            + "value at rank ⌊q·(n−1)⌋ of the sorted durations), each within 2 % of the exact value, rounded to 0.01 "
            + "day; `null` when `count` is 0.")
    public record Durations(
            @Schema(description = "How many durations.", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
            long count,
            @Schema(description = "The median, in days.", types = {"number", "null"}, example = "4.5",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonInclude(JsonInclude.Include.ALWAYS) Double medianDays,
            @Schema(description = "The 90th percentile, in days.", types = {"number", "null"}, example = "11.02",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonInclude(JsonInclude.Include.ALWAYS) Double p90Days) {

        static final Durations NONE = new Durations(0, null, null);

        static Durations of(UserStats.Durations durations) {
            return new Durations(durations.count(), durations.medianDays(), durations.p90Days());
        }
    }
}
