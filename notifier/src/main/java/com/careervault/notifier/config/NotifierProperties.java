package com.careervault.notifier.config;

import com.careervault.notifier.reminders.ReminderSettings;
import com.careervault.notifier.streams.RecordSizeLimit;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careervault.notifier.*}. Defaults work against the devstack.
 *
 * @param stateDir Kafka Streams state directory (env NOTIFIER_STATE_DIR); blank = a fresh temporary one
 * @param followUpDay the unit of follow_up_days; shortened in tests
 * @param maxRecordBytes largest value the notifier writes to a state changelog, the analytics topic or its
 *        dead-letter topic, in bytes (env NOTIFIER_MAX_RECORD_BYTES); a record whose processing would exceed
 *        it is dead-lettered. Keep it well below the topics' {@code max.message.bytes} (1 MiB by default)
 * @param publicApiUrl the origin the web app and the API share (env PUBLIC_API_URL): the emailed links are
 *        {@code <publicApiUrl>/verify-email?token=}, {@code /reset-password?token=} and {@code /unsubscribe?token=};
 *        it must be {@code https://} unless its host is loopback, else the notifier refuses to start
 * @param signUpNoticeInterval at most one "someone tried to sign up with your address" email per user in this
 *        span (env SIGN_UP_NOTICE_INTERVAL)
 * @param ghostedDay the unit of the users' Ghosted thresholds (21 and 14 days by default); shortened in tests, apart
 *        from {@code followUpDay}
 * @param streams extra Kafka Streams settings, passed through verbatim
 */
@ConfigurationProperties("careervault.notifier")
public record NotifierProperties(
        @DefaultValue("careervault-notifier") String applicationId,
        @DefaultValue("") String stateDir,
        @DefaultValue("reminders@careervault.local") String from,
        @DefaultValue("http://localhost:8000") String publicApiUrl,
        @DefaultValue("P1D") Duration followUpDay,
        @DefaultValue("30s") Duration punctuationInterval,
        @DefaultValue("P1D") Duration maxLateness,
        @DefaultValue("50") int maxEmailsPerPunctuation,
        @DefaultValue Retry retry,
        @DefaultValue("262144") int maxRecordBytes,
        @DefaultValue("P1D") Duration signUpNoticeInterval,
        @DefaultValue("P1D") Duration ghostedDay,
        Map<String, String> streams) {

    public NotifierProperties {
        streams = streams == null ? Map.of() : Map.copyOf(streams);
    }

    /** SMTP retries: exponential backoff from {@code initialBackoff} up to {@code maxBackoff}. */
    public record Retry(@DefaultValue("30s") Duration initialBackoff, @DefaultValue("30m") Duration maxBackoff,
            @DefaultValue("10") int maxAttempts) {
    }

    public RecordSizeLimit recordSizeLimit() {
        return new RecordSizeLimit(maxRecordBytes);
    }

    public ReminderSettings reminderSettings() {
        return new ReminderSettings(followUpDay, punctuationInterval, maxLateness, retry.initialBackoff(),
                retry.maxBackoff(), retry.maxAttempts(), maxEmailsPerPunctuation, ghostedDay);
    }
}
