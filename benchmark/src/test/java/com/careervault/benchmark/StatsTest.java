package com.careervault.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesAndRateOfRecordedLatencies() {
        Stats stats = new Stats();
        for (int ms = 1; ms <= 100; ms++) {
            stats.ok(ms * 1_000_000L);
        }
        stats.fail();
        stats.window(2.0);
        assertThat(stats.perSecond()).isEqualTo(50.0);
        assertThat(stats.failed()).isEqualTo(1);
        assertThat(stats.millis(50)).isCloseTo(50.0, within(0.1));
        assertThat(stats.millis(99)).isCloseTo(99.0, within(0.1));
    }

    @Test
    void ratiosAgainstTargets() {
        Report.Headline higher = new Report.Headline("x", 60, "/s", "ref", 100, 0.60, true);
        Report.Headline missed = new Report.Headline("x", 59, "/s", "ref", 100, 0.60, true);
        Report.Headline none = new Report.Headline("x", 5, "ms", "ref", 0, null, false);
        assertThat(higher.met()).isTrue();
        assertThat(missed.met()).isFalse();
        assertThat(none.met()).isNull();
        assertThat(Report.format(none.ratio())).isEqualTo("n/a");
    }
}
