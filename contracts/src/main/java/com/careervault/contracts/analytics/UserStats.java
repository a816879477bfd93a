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
 */
public record UserStats(String userId, int totalJobs, Map<String, Integer> jobsByStatus,
        List<WeeklyApplications> applicationsPerWeek, int appliedJobs, double responseRate, double interviewRate,
        double offerRate, @JsonInclude(JsonInclude.Include.ALWAYS) Double medianDaysToFirstResponse) {

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

    /** The spelling of {@code day}'s ISO week (ISO 8601 week-based year and week): {@code 2026-W48}. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Applications in one ISO week; {@code week} is spelled like {@code 2026-W48}. */
    public record WeeklyApplications(String week, int applications) {
    }
}
