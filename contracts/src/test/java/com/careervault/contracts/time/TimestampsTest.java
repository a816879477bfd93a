package com.careervault.contracts.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class TimestampsTest {

    @Test
    void formatsUtcWithExactlySixFractionDigits() {
        assertThat(Timestamps.format(Instant.parse("2026-11-30T16:05:43.123456Z")))
                .isEqualTo("2026-11-30T16:05:43.123456Z");
        assertThat(Timestamps.format(Instant.parse("2026-11-30T16:05:43Z")))
                .isEqualTo("2026-11-30T16:05:43.000000Z");
        assertThat(Timestamps.format(Instant.parse("2026-11-30T16:05:43.1Z")))
                .isEqualTo("2026-11-30T16:05:43.100000Z");
        // nanoseconds are truncated, not rounded, so a formatted time is never later than the instant
        assertThat(Timestamps.format(Instant.parse("2026-11-30T16:05:43.123456999Z")))
                .isEqualTo("2026-11-30T16:05:43.123456Z");
        assertThat(Timestamps.format(Instant.parse("0001-01-01T00:00:00Z"))).isEqualTo("0001-01-01T00:00:00.000000Z");
    }

    @Test
    void stringOrderIsTimeOrder() {
        // Instant.toString() would give "…:43Z" and "…:43.5Z", which sort the other way round from ".1Z"
        String whole = Timestamps.format(Instant.parse("2026-11-30T16:05:43Z"));
        String tenth = Timestamps.format(Instant.parse("2026-11-30T16:05:43.1Z"));
        String half = Timestamps.format(Instant.parse("2026-11-30T16:05:43.5Z"));
        assertThat(whole).isLessThan(tenth);
        assertThat(tenth).isLessThan(half);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-30T16:05:43.123456Z,      2026-11-30T16:05:43.123456Z",
            "2026-11-30T16:05:43Z,             2026-11-30T16:05:43.000000Z",
            "2026-11-30T16:05:43.1Z,           2026-11-30T16:05:43.100000Z",
            "2026-11-30T16:05:43.123456789Z,   2026-11-30T16:05:43.123456Z",
            "2026-11-30T18:05:43.5+02:00,      2026-11-30T16:05:43.500000Z",
            "2026-11-30T11:05:43-05:00,        2026-11-30T16:05:43.000000Z",
            "2026-11-30t16:05:43z,             2026-11-30T16:05:43.000000Z",
            "2026-11-30 16:05:43.25Z,          2026-11-30T16:05:43.250000Z",
            "2026-11-30T16:05Z,                2026-11-30T16:05:00.000000Z"
    })
    void readsEveryEarlierSpellingAndNormalizesIt(String old, String expected) {
        assertThat(Timestamps.format(Timestamps.parse(old))).isEqualTo(expected);
        assertThat(Timestamps.normalize(old)).isEqualTo(expected);
    }

    @Test
    void rejectsTextWithoutOffsetOrOutsideRfc3339Years() {
        assertThatThrownBy(() -> Timestamps.parse("2026-11-30T16:05:43")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("+10000-01-01T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Timestamps.normalize("yesterday")).isEqualTo("yesterday");
        assertThat(Timestamps.normalize(null)).isNull();
    }

    record Stamped(Instant at) {
    }

    @Test
    void jacksonModuleWritesTheFormatAndReadsOldOnes() {
        JsonMapper mapper = JsonMapper.builder().addModule(Timestamps.jacksonModule()).build();

        assertThat(mapper.writeValueAsString(new Stamped(Instant.parse("2026-11-30T16:05:43Z"))))
                .isEqualTo("{\"at\":\"2026-11-30T16:05:43.000000Z\"}");
        assertThat(mapper.readValue("{\"at\":\"2026-11-30T16:05:43.1Z\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-11-30T16:05:43.100Z"));
        assertThat(mapper.readValue("{\"at\":1796054743.123456}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-11-30T16:05:43.123456Z"));
        assertThat(mapper.readValue("{\"at\":1796054743}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-11-30T16:05:43Z"));
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"soon\"}", Stamped.class))
                .hasMessageContaining("not an RFC 3339 date-time");
    }
}
