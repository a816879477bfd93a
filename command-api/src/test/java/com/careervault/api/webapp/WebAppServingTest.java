package com.careervault.api.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.ApiIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web module's build, served by the API from its classpath at {@code /}. */
@ApiIntegrationTest
class WebAppServingTest {

    private static final String SCRIPT = "<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"";

    @Autowired
    WebTestClient client;

    @Test
    void theAppIsServedAtTheRootWithItsSecurityPolicyAndNoCacheLifetime() {
        String html = page("/");
        assertThat(html).contains("<div id=\"root\"></div>").containsPattern(SCRIPT);
        // the production build has no inline script, which is what lets the policy forbid them
        assertThat(html.replaceAll("<script[^>]+src=\"[^\"]+\"[^>]*></script>", "")).doesNotContain("<script");
    }

    @Test
    void clientSideRoutesFallBackToTheApp() {
        for (String path : List.of("/jobs", "/jobs/0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23/edit", "/insights",
                "/login", "/apiary", "/healthy-habits")) {
            assertThat(page(path)).as(path).contains("<div id=\"root\"></div>");
        }
    }

    @Test
    void hashedAssetsAreCachedForAYearAndMissingOnesAre404() {
        Matcher script = Pattern.compile(SCRIPT).matcher(page("/"));
        assertThat(script.find()).isTrue();
        client.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "max-age=31536000, public, immutable")
                .expectHeader().contentTypeCompatibleWith("text/javascript");
        EntityExchangeResult<byte[]> missing = client.get().uri("/assets/index-missing.js").exchange()
                .expectStatus().isNotFound().expectBody().returnResult();
        assertThat(missing.getResponseHeaders().getContentType()).isNotEqualTo(MediaType.TEXT_HTML);
    }

    @Test
    void noPathOfTheApiIsShadowedByTheApp() throws IOException {
        List<String> apiPaths = new ArrayList<>();
        List<String> postOnlyPages = new ArrayList<>();
        JsonNode paths = JsonMapper.builder().build().readTree(Files.readString(Path.of("../docs/openapi.json")))
                .get("paths");
        for (String template : paths.propertyNames()) {
            String concrete = template.replaceAll("\\{[^}]+}", "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23");
            // an emailed link's URL (/unsubscribe) is POST-only in the API and the app's page on GET
            boolean postOnlyPage = !paths.get(template).has("get") && WebAppPaths.isPage(template);
            (postOnlyPage ? postOnlyPages : apiPaths).add(concrete);
        }
        assertThat(apiPaths).contains("/api/jobs", "/auth/me", "/health");
        assertThat(postOnlyPages).contains("/unsubscribe");
        for (String pagePath : postOnlyPages) {
            assertThat(page(pagePath + "?token=abc")).as(pagePath).contains("<div id=\"root\"></div>");
        }
        apiPaths.addAll(List.of("/api", "/api/no-such-thing", "/auth/no-such-thing", "/v3/api-docs",
                "/actuator/health", "/swagger-ui.html", "/swagger-ui/index.html"));
        // the OpenAPI document is larger than the API's body limit, which the test client shares
        WebTestClient largeBodies = client.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
        for (String apiPath : apiPaths) {
            EntityExchangeResult<byte[]> answer = largeBodies.get().uri(apiPath).exchange().expectBody().returnResult();
            assertThat(answer.getResponseHeaders().getContentType()).as(apiPath)
                    .satisfiesAnyOf(type -> assertThat(type).isNull(),
                            type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isFalse(),
                            type -> assertThat(apiPath).startsWith("/swagger-ui"));
            assertThat(answer.getResponseHeaders().getFirst("Content-Security-Policy")).as(apiPath).isNull();
        }
    }

    private String page(String path) {
        EntityExchangeResult<String> answer = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody(String.class).returnResult();
        String policy = answer.getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(policy).as(path).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        return answer.getResponseBody();
    }
}
