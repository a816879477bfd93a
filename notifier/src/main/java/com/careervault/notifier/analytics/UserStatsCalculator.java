package com.careervault.notifier.analytics;

import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.analytics.UserStats.WeeklyApplications;
import com.careervault.contracts.jobs.JobStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Derives the published figures from a user's running totals; pure, so it is tested without Kafka.
 * The work is the same for a user with one job or twenty thousand: nine statuses, twelve weeks.
 */
public final class UserStatsCalculator {

    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private UserStatsCalculator() {
    }

    /**
     * @param applicationsIn applied jobs counted in an ISO week ({@link #isoWeek} spelling)
     * @param medianSeconds median time to first response in seconds, null when no job has one
     * @param today the current day (UTC): the last of the twelve weeks is the one containing it
     */
    public static UserStats calculate(String userId, UserTotals totals, ToIntFunction<String> applicationsIn,
            Double medianSeconds, LocalDate today) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (JobStatus status : JobStatus.values()) {
            byStatus.put(status.spelling(), totals.count(status));
        }
        List<WeeklyApplications> weeks = new ArrayList<>();
        for (int weeksAgo = UserStats.WEEKS - 1; weeksAgo >= 0; weeksAgo--) {
            String week = isoWeek(today.minusWeeks(weeksAgo));
            weeks.add(new WeeklyApplications(week, applicationsIn.applyAsInt(week)));
        }
        int applied = totals.appliedJobs();
        return new UserStats(userId, totals.totalJobs(), byStatus, weeks, applied, rate(totals.responded(), applied),
                rate(totals.interviewed(), applied), rate(totals.offered(), applied),
                medianSeconds == null ? null : round(medianSeconds / SECONDS_PER_DAY, 2));
    }

    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static double rate(int reached, int applied) {
        return applied == 0 ? 0 : round((double) reached / applied, 4);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
