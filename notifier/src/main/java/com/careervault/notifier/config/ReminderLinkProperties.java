package com.careervault.notifier.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code careervault.reminders.*}, shared by name with the command-api, which verifies the links.
 *
 * @param linkSecret HMAC secret of the unsubscribe links (env REMINDER_LINK_SECRET, at least 16 characters)
 */
@ConfigurationProperties("careervault.reminders")
public record ReminderLinkProperties(String linkSecret) {
}
