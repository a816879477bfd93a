package com.careervault.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.events.CareerVaultEvent;
import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.Topics;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.links.EmailLinks;
import com.careervault.contracts.links.EmailLinks.Purpose;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.streams.NotifierStreams;
import com.careervault.notifier.support.Events;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The notifier for real: events produced to the devstack's Kafka broker, reminders received by
 * GreenMail, statistics read back from the analytics topic, and a restart in the middle.
 */
@OnTheDevStack
class NotifierDevStackIntegrationTest {

    /** The devstack profile's secret (notifier-devstack.yml), which the API's devstack profile shares. */
    private static final EmailLinks LINKS = new EmailLinks("devstack-email-link-secret-not-for-production");

    private final EventCodec codec = new EventCodec();
    private KafkaProducer<String, byte[]> producer;

    @Autowired
    NotifierStreams streams;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void sendsARealFollowUpEmailPublishesStatsAndSendsNoDuplicateAfterARestart() throws Exception {
        Events user = Events.forNewUser();
        String email = "jane-" + UUID.randomUUID() + "@example.com";
        String job = Events.newJobId();
        publish(user, user.registered(email));
        // follow-up-day is one second in this test: two "days" in Applied
        publish(user, user.preferences(true, 2, true, true, "Europe/Berlin"));
        EventEnvelope creation = publish(user, Events.created(job, JobStatus.Applied));

        MimeMessage reminder = await().atMost(30, TimeUnit.SECONDS).until(() -> mailsTo(email), mails -> mails.size() == 1)
                .get(0);
        assertThat(reminder.getSubject()).isEqualTo("Time to follow up: Senior Software Engineer at Tech Corp");
        assertThat(reminder.getFrom()[0].toString()).isEqualTo("reminders@careervault.local");
        assertThat(reminder.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) reminder.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String text = (String) parts.getBodyPart(0).getContent();
        // RFC 8058: one-click unsubscribe, the same URL as the body's link (the web app's page)
        assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = reminder.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<http://localhost:8000/unsubscribe?token=").endsWith(">");
        String link = header.substring(1, header.length() - 1);
        EmailLinks.Link unsubscribe = LINKS.verify(Purpose.UNSUBSCRIBE, link.substring(link.indexOf("token=") + 6),
                Instant.now()).orElseThrow();
        assertThat(unsubscribe.userId()).isEqualTo(user.userId());
        assertThat(unsubscribe.email()).isEqualTo(email);
        assertThat(text).contains(link);
        assertThat((String) parts.getBodyPart(1).getContent()).contains("href=\"" + link + "\"");
        assertThat(reminder.getHeader(SmtpMailer.REMINDER_ID_HEADER)).hasSize(1);
        // the email is on the log, as the notifier's own event, committed with its "sent" marker
        String reminderId = reminder.getHeader(SmtpMailer.REMINDER_ID_HEADER)[0];
        List<EventTopic.Received> sent = await().atMost(30, TimeUnit.SECONDS)
                .until(() -> remindersSentOf(user.userId()), found -> !found.isEmpty());
        assertThat(sent).singleElement().satisfies(event -> assertThat(event.data().toString()).isEqualTo(
                "{\"user_id\":\"" + user.userId() + "\",\"job_id\":\"" + job + "\",\"reminder_id\":\""
                        + reminderId + "\",\"kind\":\"follow-up\"}"));

        JsonNode stats = awaitStats(user.userId(), data -> data.get("total_jobs").asInt() == 1);
        assertThat(stats.get("jobs_by_status").get("Applied").asInt()).isEqualTo(1);
        assertThat(stats.get("applied_jobs").asInt()).isEqualTo(1);

        // restart: a new Kafka Streams instance in a fresh state directory, restoring from the changelogs
        streams.stop();
        streams.start();
        publish(creation); // the same event again must not lead to a second email
        String second = Events.newJobId();
        publish(user, Events.created(second, JobStatus.Screening, "Other Corp", null, null,
                Instant.now().plusSeconds(1)));

        await().atMost(60, TimeUnit.SECONDS).until(() -> mailsTo(email), mails -> mails.size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(email), mails -> mails.size() == 2);
        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Time to follow up: Senior Software Engineer at Tech Corp",
                "Reminder: Senior Software Engineer at Other Corp");
        assertThat(awaitStats(user.userId(), data -> data.get("total_jobs").asInt() == 2)
                .get("jobs_by_status").get("Screening").asInt()).isEqualTo(1);
        // two emails, two ReminderSent: the restart and the duplicate event added none
        assertThat(remindersSentOf(user.userId())).hasSize(2);
    }

    @Test
    void anInterviewReminderIsARealEmailWithTheInterviewAttachedAsICalendar() throws Exception {
        Events user = Events.forNewUser();
        String email = "interview-" + UUID.randomUUID() + "@example.com";
        String job = Events.newJobId();
        String interview = Events.newInterviewId();
        publish(user, user.registered(email));
        publish(user, user.interviewLead(1));
        publish(user, Events.created(job, JobStatus.Interviewing));
        // due a few seconds from now (the smallest lead time is an hour), whole seconds as calendars write them
        Instant startsAt = Instant.now().plus(Duration.ofHours(1)).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        publish(user, Events.interview(job, interview, startsAt, "America/New_York"));

        MimeMessage reminder = await().atMost(30, TimeUnit.SECONDS).until(() -> mailsTo(email), mails -> mails.size() == 1)
                .get(0);
        assertThat(reminder.getSubject()).isEqualTo("Upcoming interview: Senior Software Engineer at Tech Corp");
        assertThat(reminder.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) reminder.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("your technical interview for");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(new ContentType(attachment.getContentType()).getBaseType()).isEqualTo("text/calendar");
        assertThat(new ContentType(attachment.getContentType()).getParameter("method")).isEqualTo("PUBLISH");
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("interview.ics");
        net.fortuna.ical4j.model.Calendar calendar;
        try (var in = attachment.getInputStream()) {
            calendar = new CalendarBuilder().build(in);
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(interview + "@careervault");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow()
                    .getValue()).isEqualTo("America/New_York");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(
                    startsAt.atZone(ZoneId.of("America/New_York")).toLocalDateTime()
                            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        });
    }

    @Test
    void aDeletedUserGetsATombstoneOnTheAnalyticsTopicAndNoMoreEmail() throws Exception {
        Events user = Events.forNewUser();
        String email = "gone-" + UUID.randomUUID() + "@example.com";
        publish(user, user.registered(email));
        // the notifier is running and caught up with the user (a registration publishes all-zero figures)
        awaitStats(user.userId(), data -> data.get("total_jobs").asInt() == 0);
        // a custom reminder due a few seconds after the deletion, which is published at once
        Instant due = Instant.now().plusSeconds(8);
        publish(user, Events.created(Events.newJobId(), JobStatus.Screening, "Soon Corp", null, null, due));
        publish(user, new UserDeleted(user.userId()));
        // a late event, appended after the deletion: it must not bring the user back
        publish(user, Events.created(Events.newJobId(), JobStatus.Applied));

        List<String> values = awaitRecordsOf(user.userId(), found -> found.contains(null));
        Duration pastDue = Duration.between(Instant.now(), due.plusSeconds(4));
        await().during(pastDue.isNegative() ? Duration.ZERO : pastDue)
                .atMost(pastDue.isNegative() ? Duration.ofSeconds(5) : pastDue.plusSeconds(5))
                .until(() -> mailsTo(email), List::isEmpty);
        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).isEmpty();
        assertThat(awaitRecordsOf(user.userId(), found -> found.size() >= values.size()))
                .last().isNull();
    }

    /** The notifier's ReminderSent events of the user on the log. */
    private static List<EventTopic.Received> remindersSentOf(String userId) {
        return EventTopic.eventsOf(userId).stream()
                .filter(event -> event.type().equals("careervault.reminder.sent.v1")).toList();
    }

    /** Every committed analytics record of the user so far (null for a tombstone), once the condition holds. */
    private List<String> awaitRecordsOf(String userId, java.util.function.Predicate<List<String>> condition) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notifier-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ANALYTICS_USER_STATS));
            List<String> found = new ArrayList<>();
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (userId.equals(record.key())) {
                        found.add(record.value());
                    }
                }
                return condition.test(found);
            });
            // read on a little: nothing may follow
            for (int i = 0; i < 5; i++) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (userId.equals(record.key())) {
                        found.add(record.value());
                    }
                }
            }
            return found;
        }
    }

    @Test
    void anUnverifiedAddressGetsItsVerificationLinkAndItsHeldReminderOnlyAfterVerifying() throws Exception {
        Events user = Events.forNewUser();
        String email = "new-" + UUID.randomUUID() + "@example.com";
        publish(user, user.unverified(email));
        publish(user, user.preferences(true, 1, true, true, "UTC"));
        publish(user, Events.created(Events.newJobId(), JobStatus.Applied));

        MimeMessage verification = await().atMost(30, TimeUnit.SECONDS)
                .until(() -> mailsTo(email), mails -> mails.size() == 1).get(0);
        assertThat(verification.getSubject()).isEqualTo("Confirm your email address for CareerVault");
        assertThat(verification.getHeader(SmtpMailer.ACCOUNT_EMAIL_ID_HEADER)).hasSize(1);
        assertThat(verification.getHeader("List-Unsubscribe")).isNull();
        String token = tokenIn(verification, "http://localhost:8000/verify-email?token=");
        EmailLinks.Link link = LINKS.verify(Purpose.VERIFY_EMAIL, token, Instant.now()).orElseThrow();
        assertThat(link.email()).isEqualTo(email);
        assertThat(link.userId()).isEqualTo(user.userId());

        // the follow-up is due after one second; it is held, not sent, while the address is unverified
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(email), mails -> mails.size() == 1);
        publish(user, new UserEmailVerified(user.userId(), email));
        await().atMost(30, TimeUnit.SECONDS).until(() -> mailsTo(email), mails -> mails.size() == 2);
        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).containsExactly(
                "Confirm your email address for CareerVault",
                "Time to follow up: Senior Software Engineer at Tech Corp");

        String resetId = UUID.randomUUID().toString();
        publish(user, new UserPasswordResetRequested(user.userId(), email, resetId));
        MimeMessage reset = await().atMost(30, TimeUnit.SECONDS)
                .until(() -> mailsTo(email), mails -> mails.size() == 3).get(2);
        assertThat(reset.getSubject()).isEqualTo("Reset your CareerVault password");
        EmailLinks.Link resetLink = LINKS.verify(Purpose.RESET_PASSWORD,
                tokenIn(reset, "http://localhost:8000/reset-password?token="), Instant.now()).orElseThrow();
        assertThat(resetLink.id()).isEqualTo(resetId);
        assertThat(resetLink.email()).isEqualTo(email);
    }

    /** The token of the first link with that prefix in the plain-text part. */
    private static String tokenIn(MimeMessage message, String prefix) throws Exception {
        String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        int start = text.indexOf(prefix);
        assertThat(start).as("a link %s... in %s", prefix, text).isNotNegative();
        int end = start + prefix.length();
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start + prefix.length(), end);
    }

    private EventEnvelope publish(Events user, CareerVaultEvent data) throws Exception {
        EventEnvelope envelope = user.envelope(data, Instant.now());
        publish(envelope);
        return envelope;
    }

    private void publish(EventEnvelope envelope) throws Exception {
        producer.send(new ProducerRecord<>(Topics.EVENTS, envelope.userid(), codec.encode(envelope)))
                .get(10, TimeUnit.SECONDS);
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : DevStack.shared().mailbox().received()) {
            var to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length == 1 && to[0].toString().equals(address)) {
                mails.add(message);
            }
        }
        return mails;
    }

    /** The newest committed user-stats record of the user whose data satisfies the condition. */
    private JsonNode awaitStats(String userId, java.util.function.Predicate<JsonNode> condition) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notifier-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ANALYTICS_USER_STATS));
            List<JsonNode> found = new ArrayList<>();
            await().atMost(30, TimeUnit.SECONDS).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (userId.equals(record.key())) {
                        JsonNode event = codec.mapper().readTree(record.value());
                        assertThat(event.get("type").asString()).isEqualTo("careervault.analytics.user-stats.v1");
                        found.add(event.get("data"));
                    }
                }
                return found.stream().anyMatch(condition);
            });
            return found.stream().filter(condition).reduce((a, b) -> b).orElseThrow();
        }
    }
}
