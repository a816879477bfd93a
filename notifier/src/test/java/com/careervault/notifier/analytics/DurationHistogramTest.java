package com.careervault.notifier.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.careervault.contracts.analytics.UserStats;
import org.junit.jupiter.api.Test;

/** The duration histogram answers within its stated relative error, and takes values out again exactly. */
class DurationHistogramTest {

    private static final double ERROR = UserStats.Funnel.RELATIVE_ERROR;

    @Test
    void everyDurationFromASecondToTenYearsComesBackWithinTwoPercent() {
        for (long seconds = 1; seconds < 315_360_000L; seconds = seconds * 3 / 2 + 1) {
            Double answer = DurationHistogram.empty().plus(seconds, 1).quantileSeconds(0.5);
            assertThat(answer).as("%d s", seconds).isCloseTo(seconds, within(seconds * ERROR));
        }
    }

    @Test
    void quantilesAreTheValuesAtRankFloorOfQTimesNMinusOneAndRemovalUndoesAnAddition() {
        long minute = 60;
        long hour = 3_600;
        long day = 86_400;
        DurationHistogram histogram = DurationHistogram.empty();
        for (long seconds : new long[] {minute, hour, day, 3 * day, 30 * day}) {
            histogram = histogram.plus(seconds, 1);
        }
        assertThat(histogram.count()).isEqualTo(5);
        assertThat(histogram.quantileSeconds(0.5)).isCloseTo(day, within(day * ERROR));
        assertThat(histogram.quantileSeconds(0.9)).isCloseTo(3 * day, within(3 * day * ERROR));

        DurationHistogram without = histogram.plus(30 * day, -1);
        assertThat(without.count()).isEqualTo(4);
        assertThat(without.quantileSeconds(0.5)).isCloseTo(hour, within(hour * ERROR));
        assertThat(without.plus(30 * day, 1)).isEqualTo(histogram);
        assertThat(without.plus(minute, -1).plus(hour, -1).plus(day, -1).plus(3 * day, -1))
                .isEqualTo(DurationHistogram.empty());
    }

    @Test
    void durationsUnderASecondAreZeroAndAnEmptyHistogramHasNoQuantile() {
        assertThat(DurationHistogram.empty().quantileSeconds(0.5)).isNull();
        DurationHistogram histogram = DurationHistogram.empty().plus(0, 1).plus(0, 1).plus(-5, 1).plus(100, 1);
        assertThat(histogram.zeros()).isEqualTo(3);
        assertThat(histogram.quantileSeconds(0.5)).isEqualTo(0.0);
        assertThat(histogram.quantileSeconds(1.0)).isCloseTo(100, within(100 * ERROR));
    }
}
