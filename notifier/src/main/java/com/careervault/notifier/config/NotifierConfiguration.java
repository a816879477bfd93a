package com.careervault.notifier.config;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.links.EmailLinks;
import com.careervault.notifier.accounts.AccountEmailComposer;
import com.careervault.notifier.mail.LinkUrls;
import com.careervault.notifier.mail.Mailer;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.reminders.ReminderEmailComposer;
import com.careervault.notifier.streams.NotifierStreams;
import com.careervault.notifier.streams.NotifierTopology;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

@Configuration(proxyBeanMethods = false)
public class NotifierConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Refuses to start on a short secret or a public URL that is neither https nor loopback. */
    @Bean
    LinkUrls linkUrls(ReminderLinkProperties secret, NotifierProperties properties, EmailLinkProperties links) {
        return new LinkUrls(new EmailLinks(secret.linkSecret()), properties.publicApiUrl(),
                links.verifyEmailLifetime(), links.resetPasswordLifetime(), links.unsubscribeLifetime(),
                links.setPasswordLifetime());
    }

    @Bean
    ReminderEmailComposer reminderEmailComposer(LinkUrls links) {
        return new ReminderEmailComposer(links);
    }

    @Bean
    AccountEmailComposer accountEmailComposer(LinkUrls links) {
        return new AccountEmailComposer(links);
    }

    @Bean
    @ConditionalOnMissingBean
    Mailer mailer(JavaMailSender sender, NotifierProperties properties) {
        return new SmtpMailer(sender, properties.from());
    }

    @Bean
    NotifierTopology notifierTopology(EventCodec codec, Clock clock, NotifierProperties properties,
            ReminderEmailComposer composer, AccountEmailComposer accountComposer, Mailer mailer) {
        return new NotifierTopology(codec, clock, properties.reminderSettings(), composer, accountComposer,
                properties.signUpNoticeInterval(), mailer, properties.recordSizeLimit());
    }

    @Bean
    NotifierStreams notifierStreams(NotifierTopology topology, NotifierProperties properties, Environment env) {
        Map<String, Object> config = new HashMap<>();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, properties.applicationId());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, env.getRequiredProperty("spring.kafka.bootstrap-servers"));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // every commit is a Kafka transaction across all its partitions: once a second (not exactly-once's
        // default ten) costs the broker far less, and reminders and statistics can wait a second
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
        // fewer, fuller fetches of the event log spare the broker; a record waits at most 50 ms more
        config.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MIN_BYTES_CONFIG), 16 * 1024);
        config.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 50);
        config.putAll(properties.streams());
        return new NotifierStreams(topology, config, properties.stateDir());
    }
}
