package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The exact events that changes to an existing job publish, read back from Kafka. */
@ExtendWith(DevStackExtension.class)
class JobEventsTest {

    @Test
    void patchPublishesChangedFieldsOnlyAndTheStatusChangeInOneTransaction() {
        Api api = Api.newUser();
        String jobId = api.createReadable("""
                {"company": "Acme", "position": "Engineer", "notes": "first", "url": "https://acme.example/jobs/1",
                 "tags": ["java"]}""");

        JsonNode accepted = api.json(api.patch("/api/jobs/" + jobId, """
                {"company": "Acme", "position": "Staff Engineer", "status": "Screening", "url": null,
                 "location": null, "tags": ["java", "kafka"]}""").expectStatus().isAccepted());

        List<EventTopic.Received> events = EventTopic.eventsOf(api.userId);
        EventTopic.Received updated = events.get(events.size() - 2);
        EventTopic.Received statusChanged = events.get(events.size() - 1);
        assertThat(accepted.get("event_ids")).extracting(JsonNode::asString)
                .containsExactly(updated.event().get("id").asString(), statusChanged.event().get("id").asString());
        assertThat(updated.type()).isEqualTo("careervault.job.updated.v1");
        assertThat(updated.event().get("subject").asString()).isEqualTo(jobId);
        assertThat(updated.data().toString()).isEqualTo("{\"job_id\":\"" + jobId + "\",\"position\":\"Staff Engineer\","
                + "\"tags\":[\"java\",\"kafka\"],\"cleared\":[\"url\"]}");
        assertThat(statusChanged.type()).isEqualTo("careervault.job.status-changed.v1");
        assertThat(statusChanged.event().get("userid").asString()).isEqualTo(api.userId);
        assertThat(statusChanged.data().toString())
                .isEqualTo("{\"job_id\":\"" + jobId + "\",\"from\":\"Applied\",\"to\":\"Screening\"}");
    }

    @Test
    void deleteAndBulkPublishOneEventPerJob() {
        Api api = Api.newUser();
        String first = api.createReadable("{\"company\": \"One\", \"position\": \"Dev\"}");
        String second = api.createReadable("{\"company\": \"Two\", \"position\": \"Dev\"}");

        api.post("/api/jobs/bulk", "{\"action\": \"update_status\", \"status\": \"ghosted\", \"job_ids\": [\""
                + first + "\", \"" + second + "\"]}").expectStatus().isAccepted();
        JsonNode deleted = api.json(api.delete("/api/jobs/" + first).expectStatus().isAccepted());

        List<EventTopic.Received> events = EventTopic.eventsOf(api.userId);
        assertThat(events).extracting(EventTopic.Received::type).containsExactly(
                "careervault.user.registered.v1", "careervault.job.created.v1", "careervault.job.created.v1",
                "careervault.job.status-changed.v1", "careervault.job.status-changed.v1",
                "careervault.job.deleted.v1");
        assertThat(events.get(3).data().toString())
                .isEqualTo("{\"job_id\":\"" + first + "\",\"from\":\"Applied\",\"to\":\"Ghosted\"}");
        assertThat(events.get(4).data().toString())
                .isEqualTo("{\"job_id\":\"" + second + "\",\"from\":\"Applied\",\"to\":\"Ghosted\"}");
        assertThat(events.get(5).event().get("id").asString()).isEqualTo(deleted.get("event_id").asString());
        assertThat(events.get(5).data().toString()).isEqualTo("{\"job_id\":\"" + first + "\"}");
        assertThat(events).extracting(EventTopic.Received::partition).containsOnly(events.get(0).partition());
    }
}
