package com.careervault.notifier.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserStatsCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-12-28T10:00:00Z");

    @Test
    void isoWeeksAreSpelledWithTheWeekBasedYear() {
        assertThat(UserStatsCalculator.isoWeek(LocalDate.parse("2026-11-23"))).isEqualTo("2026-W48");
        assertThat(UserStatsCalculator.isoWeek(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
        assertThat(UserStatsCalculator.isoWeek(LocalDate.parse("2027-01-04"))).isEqualTo("2027-W01");
    }

    @Test
    void medianOfAnEvenCountAveragesTheMiddleTwoAndOldApplicationsFallOutOfTheWindow() {
        UserJobs jobs = new UserJobs(Map.of(
                "a", moved(1), "b", moved(2), "c", moved(4), "d", moved(10),
                "old", new JobFacts(JobStatus.Applied, T0, LocalDate.parse("2026-01-05"), T0, null, true, false,
                        false, false)));

        UserStats stats = UserStatsCalculator.calculate("u", jobs, LocalDate.parse("2027-01-04"));

        assertThat(stats.medianDaysToFirstResponse()).isEqualTo(3.0);
        assertThat(stats.applicationsPerWeek()).hasSize(12);
        assertThat(stats.applicationsPerWeek().get(11).week()).isEqualTo("2027-W01");
        assertThat(stats.applicationsPerWeek().get(10)).isEqualTo(new UserStats.WeeklyApplications("2026-W53", 4));
        assertThat(stats.applicationsPerWeek().stream().mapToInt(UserStats.WeeklyApplications::applications).sum())
                .isEqualTo(4);
        assertThat(stats.responseRate()).isEqualTo(0.8);
    }

    @Test
    void noAppliedJobsMeansZeroRatesAndNoMedian() {
        UserStats stats = UserStatsCalculator.calculate("u", UserJobs.none(), LocalDate.parse("2026-11-23"));

        assertThat(stats.totalJobs()).isZero();
        assertThat(stats.jobsByStatus()).hasSize(9).containsEntry("Ghosted", 0);
        assertThat(stats.responseRate()).isZero();
        assertThat(stats.medianDaysToFirstResponse()).isNull();
    }

    private static JobFacts moved(int days) {
        return new JobFacts(JobStatus.Screening, T0, null, T0, T0.plusSeconds(days * 86_400L), true, true, false,
                false);
    }
}
