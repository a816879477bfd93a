package com.careervault.notifier.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.analytics.UserStats;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserStatsCalculatorTest {

    @Test
    void isoWeeksAreSpelledWithTheWeekBasedYear() {
        assertThat(UserStatsCalculator.isoWeek(LocalDate.parse("2026-11-23"))).isEqualTo("2026-W48");
        assertThat(UserStatsCalculator.isoWeek(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
        assertThat(UserStatsCalculator.isoWeek(LocalDate.parse("2027-01-04"))).isEqualTo("2027-W01");
    }

    @Test
    void figuresComeFromTheTotalsTheLastTwelveWeeksAndTheMedian() {
        UserTotals totals = new UserTotals(6, Map.of("Screening", 4, "Applied", 1, "Wishlist", 1), 5, 4, 1, 0, 4,
                "ignored here");
        Map<String, Integer> weeks = Map.of("2026-W53", 4, "2027-W01", 1, "2026-W02", 7);

        UserStats stats = UserStatsCalculator.calculate("u", totals, week -> weeks.getOrDefault(week, 0),
                3 * 86_400.0 + 432, LocalDate.parse("2027-01-04"));

        assertThat(stats.totalJobs()).isEqualTo(6);
        assertThat(stats.jobsByStatus()).hasSize(9).containsEntry("Screening", 4).containsEntry("Offer", 0);
        assertThat(stats.applicationsPerWeek()).hasSize(12);
        assertThat(stats.applicationsPerWeek().get(0).week()).isEqualTo("2026-W43");
        assertThat(stats.applicationsPerWeek().get(10)).isEqualTo(new UserStats.WeeklyApplications("2026-W53", 4));
        assertThat(stats.applicationsPerWeek().get(11)).isEqualTo(new UserStats.WeeklyApplications("2027-W01", 1));
        assertThat(stats.applicationsPerWeek().stream().mapToInt(UserStats.WeeklyApplications::applications).sum())
                .isEqualTo(5);
        assertThat(stats.appliedJobs()).isEqualTo(5);
        assertThat(stats.responseRate()).isEqualTo(0.8);
        assertThat(stats.interviewRate()).isEqualTo(0.2);
        assertThat(stats.offerRate()).isZero();
        assertThat(stats.medianDaysToFirstResponse()).isEqualTo(3.01);
    }

    @Test
    void noAppliedJobsMeansZeroRatesAndNoMedian() {
        UserStats stats = UserStatsCalculator.calculate("u", UserTotals.none(), week -> 0, null,
                LocalDate.parse("2026-11-23"));

        assertThat(stats.totalJobs()).isZero();
        assertThat(stats.jobsByStatus()).hasSize(9).containsEntry("Ghosted", 0);
        assertThat(stats.responseRate()).isZero();
        assertThat(stats.medianDaysToFirstResponse()).isNull();
    }
}
