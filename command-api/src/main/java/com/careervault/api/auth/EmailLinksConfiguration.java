package com.careervault.api.auth;

import com.careervault.api.preferences.ReminderLinkProperties;
import com.careervault.contracts.links.EmailLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link EmailLinks} of the command API: it checks the tokens of the links the notifier emails
 * (verify the address, reset the password, unsubscribe), signed with the shared secret
 * {@code careervault.reminders.link-secret} (env {@code REMINDER_LINK_SECRET}). A secret shorter than
 * {@link EmailLinks#MIN_SECRET_BYTES} bytes stops the API at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class EmailLinksConfiguration {

    @Bean
    EmailLinks emailLinks(ReminderLinkProperties links) {
        return new EmailLinks(links.linkSecret());
    }
}
