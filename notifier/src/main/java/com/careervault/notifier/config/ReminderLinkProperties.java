package com.careervault.notifier.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code careervault.reminders.*}, shared by name with the command-api, which verifies the links.
 *
 * @param linkSecret HMAC-SHA256 secret of every emailed link (verification, password reset, unsubscribe;
 *        env REMINDER_LINK_SECRET, at least {@code EmailLinks.MIN_SECRET_BYTES} = 32 bytes, else the
 *        notifier refuses to start)
 */
@ConfigurationProperties("careervault.reminders")
public record ReminderLinkProperties(String linkSecret) {
}
