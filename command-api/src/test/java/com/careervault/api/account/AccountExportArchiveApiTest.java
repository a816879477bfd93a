package com.careervault.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/me/export.zip} and the {@code documents} of {@code GET /api/me/export} on the devstack (s3rver,
 * dynalite): the archive's exact entries, each file byte-exact, the JSON entry, other users' documents kept out,
 * and the spool file gone once the archive is sent. The spool directory is this test's own, under target/.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.documents.spool-directory=" + AccountExportArchiveApiTest.SPOOL)
class AccountExportArchiveApiTest {

    static final String SPOOL = "target/account-export-archive-api-test-spool";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXT = "Ada Lovelace\nEngineer, ten years of Java and Kafka.\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void theArchiveHoldsTheJsonAndEveryVersionByteExactAtItsPath() throws Exception {
        JsonNode first = upload(account, "CV: 2026/EN", "resume", null, "Resume 2026.pdf", PDF);
        String id = first.get("document").get("document_id").asString();
        JsonNode second = upload(account, null, null, id, "resume.txt", TEXT);
        String folder = "documents/CV_ 2026_EN-" + id.substring(0, 8) + "/";

        EntityExchangeResult<byte[]> answer = exportArchive(account);
        Map<String, byte[]> entries = unzip(answer.getResponseBody());

        assertThat(answer.getResponseHeaders().getContentLength()).isEqualTo(answer.getResponseBody().length);
        assertThat(entries.keySet()).containsExactly("careervault-export.json", folder + "v2-resume.txt",
                folder + "v1-Resume 2026.pdf");
        assertThat(entries.get(folder + "v1-Resume 2026.pdf")).isEqualTo(PDF);
        assertThat(entries.get(folder + "v2-resume.txt")).isEqualTo(TEXT);

        JsonNode exported = JSON.readTree(entries.get("careervault-export.json"));
        assertThat(exported.get("profile").get("user_id").asString()).isEqualTo(account.userId());
        assertThat(exported.get("documents").size()).isEqualTo(1);
        JsonNode document = exported.get("documents").get(0);
        assertThat(document.get("document_id").asString()).isEqualTo(id);
        assertThat(document.get("name").asString()).isEqualTo("CV: 2026/EN");
        assertThat(document.get("kind").asString()).isEqualTo("resume");
        assertThat(document.get("created_at").asString()).isEqualTo(first.get("document").get("created_at").asString());
        assertThat(document.get("updated_at").asString()).isEqualTo(second.get("version").get("created_at").asString());
        JsonNode versions = document.get("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0)).isEqualTo(withFile(second.get("version"), folder + "v2-resume.txt"));
        assertThat(versions.get(1)).isEqualTo(withFile(first.get("version"), folder + "v1-Resume 2026.pdf"));
        assertThat(versions.get(0).get("sha256").asString()).isEqualTo(sha256(TEXT));
        assertThat(versions.get(0).get("media_type").asString()).isEqualTo("text/plain");
        assertThat(versions.get(1).get("sha256").asString()).isEqualTo(sha256(PDF));
        assertThat(versions.get(1).get("size").asLong()).isEqualTo(PDF.length);

        // the JSON entry is the JSON export, documents and all (made a moment apart)
        ObjectNode streamed = (ObjectNode) JSON.readTree(client.get().uri("/api/me/export")
                .header("Authorization", account.bearer()).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        assertThat(fieldNames(streamed)).containsExactly("exported_at", "profile", "preferences", "resume", "jobs",
                "interviews", "reminders_sent", "contacts", "documents");
        streamed.remove("exported_at");
        ((ObjectNode) exported).remove("exported_at");
        assertThat(exported).isEqualTo(streamed);

        await().atMost(Duration.ofSeconds(10)).until(() -> spoolFiles().isEmpty());
    }

    @Test
    void anotherUserWithoutDocumentsGetsTheJsonAloneAndNoneOfTheFirstUsersDocuments() throws Exception {
        JsonNode uploaded = upload(account, "Resume", "resume", null, "resume.pdf", PDF);
        String id = uploaded.get("document").get("document_id").asString();
        Accounts.Account other = Accounts.signUpAndLogIn(client);

        Map<String, byte[]> entries = unzip(exportArchive(other).getResponseBody());

        assertThat(entries.keySet()).containsExactly("careervault-export.json");
        JsonNode exported = JSON.readTree(entries.get("careervault-export.json"));
        assertThat(exported.get("profile").get("user_id").asString()).isEqualTo(other.userId());
        assertThat(exported.get("documents").isArray()).isTrue();
        assertThat(exported.get("documents").isEmpty()).isTrue();
        assertThat(exported.toString()).doesNotContain(id, sha256(PDF), account.userId());
        JsonNode streamed = JSON.readTree(client.get().uri("/api/me/export").header("Authorization", other.bearer())
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(streamed.get("documents").isEmpty()).isTrue();
    }

    @Test
    void withoutATokenTheArchiveIsA401Problem() {
        client.get().uri("/api/me/export.zip").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/unauthorized");
        client.get().uri("/api/me/export.zip").header("Authorization", "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private EntityExchangeResult<byte[]> exportArchive(Accounts.Account who) {
        return client.get().uri("/api/me/export.zip").header("Authorization", who.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"careervault-export-"
                        + LocalDate.now(ZoneOffset.UTC) + ".zip\"")
                .expectHeader().valueEquals("Cache-Control", "private, no-store")
                .expectBody(byte[].class).returnResult();
    }

    private JsonNode upload(Accounts.Account who, String name, String kind, String documentId, String fileName,
            byte[] bytes) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", bytes).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (name != null) {
            form.part("name", name);
            form.part("kind", kind);
        }
        if (documentId != null) {
            form.part("document_id", documentId);
        }
        return client.post().uri("/api/documents").header("Authorization", who.bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(form.build()).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The entries in archive order, each name once. */
    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entries.put(entry.getName(), zip.readAllBytes())).as(entry.getName()).isNull();
            }
        }
        return entries;
    }

    private static JsonNode withFile(JsonNode version, String file) {
        ObjectNode copy = (ObjectNode) version.deepCopy();
        copy.put("file", file);
        return copy;
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private static List<Path> spoolFiles() throws IOException {
        Path directory = Path.of(SPOOL);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("export-")).toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
