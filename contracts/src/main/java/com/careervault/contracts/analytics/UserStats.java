package com.careervault.contracts.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of {@code careervault.analytics.user-stats.v1}: one user's application
 * statistics, re-published whenever one of their jobs changes. The topic is compacted
 * and keyed by user id, so its latest record per key is the current picture.
 *
 * <p>Rates are shares of {@code appliedJobs} (jobs that ever left Wishlist), between 0 and 1,
 * and 0 when there are none. {@code medianDaysToFirstResponse} is written as an explicit
 * {@code null} when no job has moved on from Applied yet, so consumers need not guess
 * whether the field was forgotten.
 *
 * @param jobsByStatus every status spelling of {@link com.careervault.contracts.jobs.JobStatus}, zero included
 * @param applicationsPerWeek the last twelve ISO weeks, oldest first, the current week last
 * @param funnel the funnel from the stage events (version 2 of the record only: absent, not null, in version 1,
 *        whose schema allows no other field)
 */
public record UserStats(String userId, int totalJobs, Map<String, Integer> jobsByStatus,
        List<WeeklyApplications> applicationsPerWeek, int appliedJobs, double responseRate, double interviewRate,
        double offerRate, @JsonInclude(JsonInclude.Include.ALWAYS) Double medianDaysToFirstResponse,
        @JsonInclude(JsonInclude.Include.NON_NULL) Funnel funnel) {

    /** How many weeks {@link #applicationsPerWeek()} covers. */
    public static final int WEEKS = 12;

    public UserStats {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("user_id is required");
        }
        // keep the caller's order (the status order) so the JSON reads naturally
        jobsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(jobsByStatus));
        applicationsPerWeek = List.copyOf(applicationsPerWeek);
    }

    /** The figures of version 1 (no funnel). */
    public UserStats(String userId, int totalJobs, Map<String, Integer> jobsByStatus,
            List<WeeklyApplications> applicationsPerWeek, int appliedJobs, double responseRate, double interviewRate,
            double offerRate, Double medianDaysToFirstResponse) {
        this(userId, totalJobs, jobsByStatus, applicationsPerWeek, appliedJobs, responseRate, interviewRate,
                offerRate, medianDaysToFirstResponse, null);
    }

    /** The same figures with the funnel (version 2). */
    public UserStats withFunnel(Funnel funnel) {
        return new UserStats(userId, totalJobs, jobsByStatus, applicationsPerWeek, appliedJobs, responseRate,
                interviewRate, offerRate, medianDaysToFirstResponse, funnel);
    }

    /** The figures as version 1 publishes them: without the funnel. */
    public UserStats withoutFunnel() {
        return funnel == null ? this : withFunnel(null);
    }

    /** The spelling of {@code day}'s ISO week (ISO 8601 week-based year and week): {@code 2026-W48}. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The funnel from the stage events (docs/analytics.md): over all applications, per ISO week of application
     * (the {@link #WEEKS} weeks of {@code applicationsPerWeek}, oldest first) and per source (every value of
     * {@link Funnel#SOURCES}, in that order). Bounded: 1 + 12 + 7 groups of five stages whatever the number of jobs.
     */
    public record Funnel(FunnelGroup overall, List<WeeklyFunnel> byWeek, List<SourceFunnel> bySource) {

        /** The funnel's stages, in order; a stage reached counts for every stage before it too. */
        public static final List<String> STAGES = List.of("Applied", "Screening", "Interviewing", "Offer", "Accepted");
        /** The source groups: the web app's suggestions, then {@link #NOT_GIVEN}; any other text counts as Other. */
        public static final List<String> SOURCES = List.of("LinkedIn", "Referral", "Company site", "Job board",
                "Recruiter", "Other", Funnel.NOT_GIVEN);
        public static final String NOT_GIVEN = "Not given";
        /** The stated relative error of every time figure (before rounding to 0.01 day). */
        public static final double RELATIVE_ERROR = 0.02;

        public Funnel {
            byWeek = List.copyOf(byWeek);
            bySource = List.copyOf(bySource);
        }
    }

    /** One ISO week's applications' funnel ({@code week} spelled like {@code 2026-W48}). */
    public record WeeklyFunnel(String week, FunnelGroup funnel) {
    }

    /** The funnel of the applications from one source group (one of {@link Funnel#SOURCES}). */
    public record SourceFunnel(String source, FunnelGroup funnel) {
    }

    /**
     * The funnel of a group of applications.
     *
     * @param applications applications in the group (jobs that ever left Wishlist)
     * @param stages the five {@link Funnel#STAGES}, in order
     * @param firstResponse days from entering Applied to the first of Screening, Interviewing, Offer, Accepted,
     *        Rejected or an interview arranged (Ghosted and Withdrawn are not responses)
     */
    public record FunnelGroup(int applications, List<StageFigures> stages, Durations firstResponse) {
        public FunnelGroup {
            stages = List.copyOf(stages);
        }
    }

    /**
     * @param reached applications that reached this stage or a later one, each counted once however often it
     *        moved back and forth
     * @param conversionToNext share of those that reached the next stage (0 to 1, 4 decimals; 0 when none reached
     *        this one); null for the last stage
     * @param timeInStage days spent in this stage by the applications that left it (every stay of a job added up:
     *        one figure per job); null for the last stage, which is never left in a funnel
     */
    public record StageFigures(String stage, int reached,
            @JsonInclude(JsonInclude.Include.ALWAYS) Double conversionToNext,
            @JsonInclude(JsonInclude.Include.ALWAYS) Durations timeInStage) {
    }

    /**
     * A distribution of durations in days: median and 90th percentile (the value at rank floor(q(n-1)) of the sorted
     * times), each within {@link Funnel#RELATIVE_ERROR} of the exact value and rounded to 2 decimals; null when
     * {@code count} is 0.
     */
    public record Durations(int count, @JsonInclude(JsonInclude.Include.ALWAYS) Double medianDays,
            @JsonInclude(JsonInclude.Include.ALWAYS) Double p90Days) {
    }

    /** Applications in one ISO week; {@code week} is spelled like {@code 2026-W48}. */
    public record WeeklyApplications(String week, int applications) {
    }
}
