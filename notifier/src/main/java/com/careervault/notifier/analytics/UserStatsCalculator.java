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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Derives the published figures from a user's jobs; pure, so it is tested without Kafka. */
public final class UserStatsCalculator {

    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private UserStatsCalculator() {
    }

    /** @param today the current day (UTC): the last of the twelve weeks is the one containing it */
    public static UserStats calculate(String userId, UserJobs userJobs, LocalDate today) {
        Collection<JobFacts> jobs = userJobs.jobs().values();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (JobStatus status : JobStatus.values()) {
            byStatus.put(status.spelling(), (int) jobs.stream().filter(job -> job.status() == status).count());
        }
        List<JobFacts> applied = jobs.stream().filter(JobFacts::applied).toList();
        return new UserStats(userId, jobs.size(), byStatus, weeks(applied, today), applied.size(),
                rate(applied, JobFacts::responded), rate(applied, JobFacts::interviewed),
                rate(applied, JobFacts::offered), medianDaysToFirstResponse(applied));
    }

    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<WeeklyApplications> weeks(List<JobFacts> applied, LocalDate today) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int weeksAgo = UserStats.WEEKS - 1; weeksAgo >= 0; weeksAgo--) {
            counts.put(isoWeek(today.minusWeeks(weeksAgo)), 0);
        }
        for (JobFacts job : applied) {
            counts.computeIfPresent(isoWeek(job.applicationDay()), (week, count) -> count + 1);
        }
        List<WeeklyApplications> weeks = new ArrayList<>();
        counts.forEach((week, count) -> weeks.add(new WeeklyApplications(week, count)));
        return weeks;
    }

    private static double rate(List<JobFacts> applied, Predicate<JobFacts> reached) {
        if (applied.isEmpty()) {
            return 0;
        }
        return round((double) applied.stream().filter(reached).count() / applied.size(), 4);
    }

    private static Double medianDaysToFirstResponse(List<JobFacts> applied) {
        double[] days = applied.stream()
                .filter(job -> job.enteredAppliedAt() != null && job.firstMoveAt() != null)
                .mapToDouble(job -> Duration.between(job.enteredAppliedAt(), job.firstMoveAt()).toSeconds()
                        / SECONDS_PER_DAY)
                .sorted().toArray();
        if (days.length == 0) {
            return null;
        }
        double median = days.length % 2 == 1 ? days[days.length / 2]
                : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
        return round(median, 2);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
