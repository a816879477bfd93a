package com.careervault.contracts.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedLogLevelTest {

    @Test
    void eitherSeedSwitchTurnsOnDebug() {
        assertThat(SeedLogLevel.of("true", null)).contains("DEBUG");
        assertThat(SeedLogLevel.of("TRUE", "")).contains("DEBUG");
        assertThat(SeedLogLevel.of("1", null)).contains("DEBUG");
        assertThat(SeedLogLevel.of(null, "debug")).contains("DEBUG");
        assertThat(SeedLogLevel.of("true", "debug")).contains("DEBUG");
    }

    @Test
    void nothingSetOrDebugOffChangesNothing() {
        assertThat(SeedLogLevel.of(null, null)).isEmpty();
        assertThat(SeedLogLevel.of("false", " ")).isEmpty();
        assertThat(SeedLogLevel.of("no", null)).isEmpty();
    }

    @Test
    void logLevelTakesTheSeedsNamesAndTheMoreDetailedOfTheTwoWins() {
        assertThat(SeedLogLevel.of(null, "warning")).contains("WARN");
        assertThat(SeedLogLevel.of(null, "CRITICAL")).contains("ERROR");
        assertThat(SeedLogLevel.of(null, "trace")).contains("TRACE");
        assertThat(SeedLogLevel.of("true", "info")).contains("DEBUG");
        assertThat(SeedLogLevel.of("true", "trace")).contains("TRACE");
    }

    @Test
    void anUnknownLevelStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> SeedLogLevel.of(null, "verbose"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOG_LEVEL='verbose'");
    }
}
