package com.careervault.api.links;

import com.careervault.api.preferences.ReminderLinkProperties;
import com.careervault.contracts.links.EmailLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link EmailLinks} of the command API: it checks the tokens of the links the notifier mails
 * (verify an address, reset a password, unsubscribe). The secret is {@code careervault.reminders.link-secret}
 * (env {@code REMINDER_LINK_SECRET}), the notifier's too; shorter than 32 bytes and the API does not start.
 */
@Configuration(proxyBeanMethods = false)
public class EmailLinksConfiguration {

    @Bean
    EmailLinks emailLinks(ReminderLinkProperties properties) {
        return new EmailLinks(properties.linkSecret());
    }
}
