package com.careervault.api.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.EventTopic;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The reading rules every request body of the API follows, tried at each
 * entry point: a key given twice, text that is not well-formed Unicode and a
 * value of the wrong JSON type are each a 400 naming the field; text is kept
 * in NFC and measured in code points.
 */
@ApiIntegrationTest
class RequestBodyRulesApiTest {

    private static final String ROCKET = "\uD83D\uDE80";

    /** One entry point: where it is, and a body template with {@code %s} where a text field's value goes. */
    private record EntryPoint(HttpMethod method, String path, String textField, String body) {
    }

    private static final List<EntryPoint> ENTRY_POINTS = List.of(
            new EntryPoint(HttpMethod.POST, "/api/jobs", "company", "{\"company\": %s, \"position\": \"Dev\"}"),
            new EntryPoint(HttpMethod.PATCH, "/api/jobs/" + UUID.randomUUID(), "notes", "{\"notes\": %s}"),
            new EntryPoint(HttpMethod.POST, "/api/jobs", "job_description",
                    "{\"company\": \"Acme\", \"position\": \"Dev\", \"job_description\": %s}"),
            new EntryPoint(HttpMethod.PUT, "/api/me/resume", "text", "{\"text\": %s}"),
            new EntryPoint(HttpMethod.POST, "/api/jobs/bulk", "action",
                    "{\"action\": %s, \"job_ids\": [\"" + UUID.randomUUID() + "\"]}"),
            new EntryPoint(HttpMethod.PUT, "/api/me/preferences", "time_zone", "{\"time_zone\": %s}"),
            new EntryPoint(HttpMethod.POST, "/auth/signup", "username",
                    "{\"username\": %s, \"email\": \"rules@example.com\", \"password\": \"TestPass123!\"}"),
            new EntryPoint(HttpMethod.POST, "/auth/login", "username", "{\"username\": %s, \"password\": \"x\"}"),
            new EntryPoint(HttpMethod.POST, "/auth/refresh", "refresh_token", "{\"refresh_token\": %s}"),
            new EntryPoint(HttpMethod.POST, "/auth/logout", "refresh_token", "{\"refresh_token\": %s}"));

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtEveryEntryPoint() {
        for (EntryPoint entry : ENTRY_POINTS) {
            String body = entry.body().formatted("\"x\"").replaceFirst("\\{", "{\"" + entry.textField() + "\": \"y\", ");
            send(entry, body).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo(entry.textField())
                    .jsonPath("$.errors[0].message").isEqualTo("is given more than once; send each field once");
        }
        assertNothingPublished();
    }

    @Test
    void theIssuesExampleOfADuplicateCompanyIsRefused() {
        send(ENTRY_POINTS.get(0),
                "{\"company\":\"Alpha Fakeco\",\"position\":\"Test Engineer\",\"company\":\"Beta Fakeco\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("company");
        assertNothingPublished();
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsRefusedAtEveryEntryPoint() {
        for (EntryPoint entry : ENTRY_POINTS) {
            send(entry, entry.body().formatted("\"Europe\\ud800\"")).expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[?(@.field == '" + entry.textField() + "')].message")
                    .isEqualTo("must be well-formed Unicode text");
        }
        assertNothingPublished();
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedAtEveryEntryPoint() {
        for (EntryPoint entry : ENTRY_POINTS) {
            send(entry, entry.body().formatted("42")).expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[?(@.field == '" + entry.textField() + "')].message").isEqualTo("must be a string");
        }
        assertNothingPublished();
    }

    @Test
    void thirtyRocketsAreThirtyCharactersAndTextIsKeptInNfc() {
        String rockets = ROCKET.repeat(30);
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"company\": \"Cafe\u0301 \u05d7\u05d1\u05e8\u05d4\", \"position\": \"Dev\", \"tags\": [\""
                        + rockets + "\"]}")
                .exchange().expectStatus().isAccepted();
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"company\": \"Acme\", \"position\": \"Dev\", \"tags\": [\"" + ROCKET.repeat(51) + "\"]}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("tags[0]")
                .jsonPath("$.errors[0].message").isEqualTo("must be at most 50 characters");

        EventTopic.Received created = EventTopic.eventsOf(account.userId()).get(1);
        assertThat(created.data().get("tags").get(0).asString()).isEqualTo(rockets);
        assertThat(created.data().get("company").asString()).isEqualTo("Caf\u00e9 \u05d7\u05d1\u05e8\u05d4");
    }

    private WebTestClient.ResponseSpec send(EntryPoint entry, String body) {
        return client.method(entry.method()).uri(entry.path()).header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void assertNothingPublished() {
        assertThat(EventTopic.eventsOf(account.userId())).extracting(EventTopic.Received::type)
                .containsExactly("careervault.user.registered.v1");
    }
}
