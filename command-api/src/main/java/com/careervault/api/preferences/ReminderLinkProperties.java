package com.careervault.api.preferences;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The secret shared with the notifier that signs the "turn reminders off" links in emails. */
@ConfigurationProperties("careervault.reminders")
public record ReminderLinkProperties(String linkSecret) {
}
