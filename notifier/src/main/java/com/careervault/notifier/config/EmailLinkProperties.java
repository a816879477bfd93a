package com.careervault.notifier.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careervault.notifier.links.*}: how long the emailed links work, counted from the event that asked
 * for them (verification, reset) or from the reminder's sending (unsubscribe). The API checks the expiry
 * signed into each token (see {@code EmailLinks}).
 *
 * @param verifyEmailLifetime env EMAIL_VERIFICATION_LINK_LIFETIME, default 72 hours
 * @param resetPasswordLifetime env PASSWORD_RESET_LINK_LIFETIME, default 1 hour
 * @param unsubscribeLifetime env UNSUBSCRIBE_LINK_LIFETIME, default 60 days
 * @param setPasswordLifetime env SET_PASSWORD_LINK_LIFETIME, default 14 days: the first-password link of an
 *        account moved from the old system, which its owner did not ask for and may open days later
 */
@ConfigurationProperties("careervault.notifier.links")
public record EmailLinkProperties(
        @DefaultValue("PT72H") Duration verifyEmailLifetime,
        @DefaultValue("PT1H") Duration resetPasswordLifetime,
        @DefaultValue("P60D") Duration unsubscribeLifetime,
        @DefaultValue("P14D") Duration setPasswordLifetime) {
}
