package com.careervault.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every error status the server can give is an RFC 9457 problem+json body,
 * over a real socket: 405, 406, 413, 414, 415 and 431, including the two
 * (414, 431) that Reactor Netty's decoder would otherwise answer with an empty body.
 */
@ApiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemStatusesTest {

    private static final String PROBLEMS = "https://careervault.dev/problems/";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeAll
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void methodNotAllowedIs405WithAllow() {
        client.put().uri("/api/jobs/stats").header("Authorization", account.bearer()).exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("Allow", ".*GET.*")
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "method-not-allowed")
                .jsonPath("$.status").isEqualTo(405)
                .jsonPath("$.title").isEqualTo("Method Not Allowed");
    }

    @Test
    void anUnacceptableAcceptIs406() {
        client.get().uri("/api/jobs").header("Authorization", account.bearer()).accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isEqualTo(406)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-acceptable")
                .jsonPath("$.status").isEqualTo(406)
                .jsonPath("$.title").isEqualTo("Not Acceptable");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String notes = "x".repeat(300 * 1024);
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"company\": \"Google\", \"position\": \"Software Engineer\", \"notes\": \"" + notes + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "payload-too-large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.title").isEqualTo("Content Too Large")
                .jsonPath("$.detail").isEqualTo("The request body is larger than the API accepts");
        client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "big", "email", "big@example.com", "password", notes))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "payload-too-large");
    }

    @Test
    void anOverLongRequestTargetIs414() {
        // the example: answered 414 with an empty body by Netty before
        client.get().uri("/api/jobs/" + "a".repeat(5000)).exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "uri-too-long")
                .jsonPath("$.status").isEqualTo(414)
                .jsonPath("$.title").isEqualTo("URI Too Long")
                .jsonPath("$.detail").isEqualTo("The request target (path and query) is longer than 4096 characters");
        client.get().uri("/api/jobs?status=" + "b".repeat(4090)).header("Authorization", account.bearer())
                .exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTargetWithinTheLimitReachesTheApi() {
        // passes the limit, then authentication, and is judged by the job controller (not a job id)
        client.get().uri("/api/jobs/" + "a".repeat(4000)).header("Authorization", account.bearer()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").value(type -> assertThat(type).isNotEqualTo(PROBLEMS + "uri-too-long"));
    }

    @Test
    void oversizedHeadersAre431() {
        client.get().uri("/health").header("X-Padding", "p".repeat(9000)).exchange()
                .expectStatus().isEqualTo(431)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "request-header-fields-too-large")
                .jsonPath("$.status").isEqualTo(431)
                .jsonPath("$.title").isEqualTo("Request Header Fields Too Large");
    }

    @Test
    void beyondNettysHardLimitsRequestsAreStillRefused() {
        // past server.netty.max-initial-line-length / max-http-request-header-size (64 KB) Netty answers alone
        client.get().uri("/api/jobs/" + "a".repeat(70 * 1024)).exchange().expectStatus().isEqualTo(414);
        client.get().uri("/health").header("X-Padding", "p".repeat(70 * 1024)).exchange()
                .expectStatus().isEqualTo(431);
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.TEXT_PLAIN).bodyValue("company=Google")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unsupported-media-type")
                .jsonPath("$.status").isEqualTo(415)
                .jsonPath("$.title").isEqualTo("Unsupported Media Type");
    }
}
