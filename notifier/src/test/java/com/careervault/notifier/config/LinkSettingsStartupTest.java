package com.careervault.notifier.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The notifier refuses to start with links that could not be trusted: plain http off loopback, a short secret. */
class LinkSettingsStartupTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({NotifierProperties.class, ReminderLinkProperties.class, EmailLinkProperties.class})
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, NotifierConfiguration.class)
            .withPropertyValues("spring.kafka.bootstrap-servers=unused:9092");

    @Test
    void refusesAPlainHttpPublicUrlOffLoopback() {
        runner.withPropertyValues("careervault.reminders.link-secret=test-email-link-secret-of-32-bytes-or-more",
                "careervault.notifier.public-api-url=http://careervault.example.com").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PUBLIC_API_URL").hasMessageContaining("http://careervault.example.com");
        });
    }

    @Test
    void refusesALinkSecretShorterThan32Bytes() {
        runner.withPropertyValues("careervault.reminders.link-secret=devstack-reminder-link-secret",
                "careervault.notifier.public-api-url=https://careervault.example.com").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 32 bytes");
        });
    }
}
