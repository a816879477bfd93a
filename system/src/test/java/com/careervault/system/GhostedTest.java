package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's "Ghosted, found for the user" on the running system: an idle application is marked Ghosted by the
 * notifier once the (injected) threshold has passed, once; the job says the system set it, its version is the
 * marking's log position, the next reminder email lists it with a link, and new activity moves it back.
 * A threshold "day" lasts {@link TheSystem#GHOSTED_DAY} here.
 */
@ExtendWith(DevStackExtension.class)
class GhostedTest {

    private static final Duration MARKED = TheSystem.GHOSTED_DAY.plusSeconds(45);

    @Test
    void anIdleApplicationIsMarkedGhostedOnceListedInTheNextEmailAndBackOnNewActivity() {
        Api api = Api.newUser().withVerifiedEmail();
        api.put("/api/me/preferences", "{\"ghosted_after_applied_days\": 1, \"follow_up_enabled\": false}")
                .expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(api.json(api.get("/api/me/preferences")
                .expectStatus().isOk()).get("ghosted_after_applied_days").asInt()).isEqualTo(1));
        Instant start = Instant.now();
        String idle = api.createReadable("{\"company\": \"Quiet Corp\", \"position\": \"Engineer\"}");

        JsonNode marked = await().atMost(MARKED).until(() -> api.json(api.get("/api/jobs/" + idle).expectStatus().isOk()),
                job -> job.get("status").asString().equals("Ghosted"));
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(TheSystem.GHOSTED_DAY);
        assertThat(marked.get("status_set_by").asString()).isEqualTo("system");
        EventTopic.Received marking = systemChanges(api, idle).get(0);
        assertThat(marking.event().get("source").asString()).isEqualTo("/careervault/notifier");
        assertThat(marking.data().toString()).isEqualTo("{\"job_id\":\"" + idle
                + "\",\"from\":\"Applied\",\"to\":\"Ghosted\",\"marked_by\":\"system\"}");
        // the job's version is the marking's position in the log, as for any change
        assertThat(marked.get("version").asString()).isEqualTo(marking.partition() + "-" + marking.offset());

        // an offer (never marked) whose own reminder comes after the marking: the next email. Created once the
        // marking is readable, it follows the marking in the user's log, so the notifier has queued the marking's
        // notice before it plans this reminder (no waiting out a bound on when the marking happens)
        api.createReadable("{\"company\": \"Busy Corp\", \"position\": \"Engineer\", \"status\": \"Offer\", "
                + "\"follow_up_at\": \"" + Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS) + "\"}");
        MimeMessage next = await().atMost(Duration.ofSeconds(90)).until(() -> Mails.to(api.email), mails -> mails.stream()
                .anyMatch(mail -> Mails.subject(mail).contains("Busy Corp"))).stream()
                .filter(mail -> Mails.subject(mail).contains("Busy Corp")).findFirst().orElseThrow();
        assertThat(Mails.text(next)).contains("Marked Ghosted since our last email",
                "Engineer at Quiet Corp (Applied, no reply in 1 day)", "/jobs/" + idle);
        // marked once: while it is Ghosted nothing marks it again
        assertThat(systemChanges(api, idle)).hasSize(1);

        api.patch("/api/jobs/" + idle, "{\"notes\": \"they called back\"}").expectStatus().isAccepted();

        JsonNode back = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.json(api.get("/api/jobs/" + idle).expectStatus().isOk()),
                job -> job.get("status").asString().equals("Applied"));
        List<EventTopic.Received> changes = systemChanges(api, idle);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).data().toString()).isEqualTo("{\"job_id\":\"" + idle
                + "\",\"from\":\"Ghosted\",\"to\":\"Applied\",\"marked_by\":\"system\"}");
        assertThat(back.get("notes").asString()).isEqualTo("they called back");
        assertThat(back.get("version").asString())
                .isEqualTo(changes.get(1).partition() + "-" + changes.get(1).offset());
        assertThat(back.get("status_history").valueStream().map(stage -> stage.get("status").asString()).toList())
                .containsExactly("Applied", "Ghosted", "Applied");
    }

    private static List<EventTopic.Received> systemChanges(Api api, String jobId) {
        return EventTopic.eventsOf(api.userId).stream()
                .filter(event -> event.type().equals("careervault.job.status-changed.v1"))
                .filter(event -> event.data().get("job_id").asString().equals(jobId))
                .filter(event -> event.data().has("marked_by")).toList();
    }
}
