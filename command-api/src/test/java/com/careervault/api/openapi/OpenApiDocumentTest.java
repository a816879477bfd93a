package com.careervault.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.ApiIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code docs/openapi.json} is exactly what the API serves, so
 * clients (the web app's generated types) can be built from the file without
 * a running server. With {@code -Dopenapi.update=true} the test writes the
 * served document to the file instead of comparing (see {@link #REGENERATE}).
 */
@ApiIntegrationTest
class OpenApiDocumentTest {

    /** The one command that rewrites docs/openapi.json from the served document. */
    static final String REGENERATE = "mvn -q -pl command-api -am verify -Dtest=OpenApiDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REPORTED = 20;

    @Autowired
    WebTestClient client;

    @Test
    void committedDocumentIsTheServedOne() throws IOException {
        String served = documentClient().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        Path committed = committedDocument();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, served.strip() + "\n", StandardCharsets.UTF_8);
        }
        assertThat(committed).as("%s is missing; create it with:%n  %s", committed, REGENERATE).exists();

        List<String> differences = new ArrayList<>();
        compare("", JSON.readTree(Files.readString(committed, StandardCharsets.UTF_8)), JSON.readTree(served),
                differences);
        assertThat(differences)
                .as("docs/openapi.json differs from the document the API serves (first %d JSON pointers shown)."
                        + "%nIf the change is intended, regenerate the file and commit it:%n  %s", MAX_REPORTED,
                        REGENERATE)
                .isEmpty();
    }

    private static Path committedDocument() {
        String configured = System.getProperty("careervault.openapi.document");
        return (configured == null ? Path.of("..", "docs", "openapi.json") : Path.of(configured)).toAbsolutePath()
                .normalize();
    }

    /** Collects the JSON pointers where the two trees differ; key order does not matter, array order does. */
    private static void compare(String pointer, JsonNode committed, JsonNode served, List<String> differences) {
        if (differences.size() >= MAX_REPORTED || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            Set<String> names = new LinkedHashSet<>(committed.propertyNames());
            names.addAll(served.propertyNames());
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    differences.add(child + " (only served)");
                } else if (!served.has(name)) {
                    differences.add(child + " (only committed)");
                } else {
                    compare(child, committed.get(name), served.get(name), differences);
                }
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            for (int i = 0; i < committed.size(); i++) {
                compare(pointer + "/" + i, committed.get(i), served.get(i), differences);
            }
        } else {
            differences.add((pointer.isEmpty() ? "/" : pointer) + " (committed " + abbreviate(committed)
                    + ", served " + abbreviate(served) + ")");
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** The document is larger than the API's body limit, which the test client shares by default. */
    private WebTestClient documentClient() {
        // the first request builds the whole document, which takes longer than the shared 20 s on a busy machine
        return client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .responseTimeout(java.time.Duration.ofMinutes(2)).build();
    }
}
