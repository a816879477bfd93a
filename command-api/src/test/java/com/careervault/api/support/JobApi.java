package com.careervault.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.EventTopic;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The job endpoints called as one signed-in account (its bearer token on every request), and the events its
 * commands published, for the job API tests.
 */
public record JobApi(WebTestClient client, Accounts.Account account) {

    /** {@code POST /api/jobs} with {@code body} as JSON. */
    public WebTestClient.ResponseSpec post(String body) {
        return client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** {@code PATCH /api/jobs/{jobId}} with {@code body} as a JSON merge patch. */
    public WebTestClient.ResponseSpec patch(String jobId, String body) {
        return client.patch().uri("/api/jobs/" + jobId).header("Authorization", account.bearer())
                .contentType(MediaType.parseMediaType("application/merge-patch+json")).bodyValue(body).exchange();
    }

    /** {@code GET /api/jobs/{jobId}}, which must answer 200: the job view. */
    public JsonNode get(String jobId) {
        return client.get().uri("/api/jobs/" + jobId).header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The newest event of {@code type} on the account's key of the events topic; fails the test if there is none. */
    public EventTopic.Received lastEvent(String type) {
        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId()).stream()
                .filter(e -> e.type().equals(type)).toList();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }
}
