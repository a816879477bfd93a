package com.careervault.notifier.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

    @Test
    void smtpBackoffDoublesUpToItsCeiling() {
        ReminderSettings settings = ReminderSettings.defaults();

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(9)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.backoffAfter(50)).isEqualTo(Duration.ofMinutes(30));
    }
}
