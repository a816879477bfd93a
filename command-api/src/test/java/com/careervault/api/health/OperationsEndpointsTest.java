package com.careervault.api.health;

import com.careervault.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What operators and SPA developers rely on besides the API itself. */
@ApiIntegrationTest
class OperationsEndpointsTest {

    @Autowired
    WebTestClient client;

    @Test
    void actuatorHealthAndPrometheusMetricsAreServed() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        // the document is larger than the API's body limit, which the test client shares by default
        client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/auth/signup'].post").exists()
                .jsonPath("$.paths['/auth/login'].post").exists()
                .jsonPath("$.paths['/auth/refresh'].post").exists()
                .jsonPath("$.paths['/auth/logout'].post").exists()
                .jsonPath("$.paths['/auth/logout-all'].post").exists()
                .jsonPath("$.paths['/auth/me'].get").exists()
                .jsonPath("$.paths['/api/jobs'].post").exists()
                .jsonPath("$.paths['/api/jobs'].get").exists()
                .jsonPath("$.paths['/api/jobs/{jobId}'].patch").exists()
                .jsonPath("$.paths['/api/jobs/{jobId}'].delete").exists()
                .jsonPath("$.paths['/api/jobs/{jobId}'].get").exists()
                .jsonPath("$.paths['/api/jobs/bulk'].post").exists()
                .jsonPath("$.paths['/api/jobs/stats'].get").exists()
                .jsonPath("$.paths['/api/me/preferences'].put").exists()
                .jsonPath("$.paths['/health'].get").exists();
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void corsAllowsConfiguredSpaOriginsOnly() {
        client.method(HttpMethod.OPTIONS).uri("/api/jobs")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
        client.method(HttpMethod.OPTIONS).uri("/api/jobs")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        com.careervault.api.support.Accounts.Account account =
                com.careervault.api.support.Accounts.signUpAndLogIn(client);

        // outside the API's paths a GET is a page of the web app; anything else needs a token
        client.post().uri("/no/such/thing").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/no-such-thing").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        client.put().uri("/api/jobs/stats").header("Authorization", account.bearer()).exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
    }
}
