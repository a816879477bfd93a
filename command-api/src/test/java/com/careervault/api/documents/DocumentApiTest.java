package com.careervault.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.LibraryApi;
import com.careervault.contracts.dynamodb.DocumentsTable;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/documents} on the devstack (s3rver, dynalite, Kafka), with small limits so that the size and quota
 * cases need little data: files up to {@value #MAX_FILE} bytes, {@value #QUOTA} bytes per user.
 */
@ApiIntegrationTest
@TestPropertySource(properties = {
        "careervault.documents.max-file-size=" + DocumentApiTest.MAX_FILE + "B",
        "careervault.documents.library.max-bytes-per-user=" + DocumentApiTest.QUOTA + "B"})
class DocumentApiTest {

    static final int MAX_FILE = 65_536;
    static final int QUOTA = 3_000;
    private static final String PROBLEMS = "https://careervault.dev/problems/";
    private static final String VERSION_ADDED = "careervault.document.version-added.v1";
    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void twoVersionsOfAResumeAreListedAndDownloadByteExact() throws Exception {
        byte[] docx = docx("<w:document>Resume v2</w:document>");

        JsonNode first = upload(account, "Resume", "resume", null, "Resume 2026.pdf", PDF)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = first.get("document").get("document_id").asString();
        assertThat(first.get("version").get("version").asInt()).isEqualTo(1);
        assertThat(first.get("version").get("sha256").asString()).isEqualTo(sha256(PDF));
        assertThat(first.get("version").get("size").asLong()).isEqualTo(PDF.length);
        assertThat(first.get("version").get("media_type").asString()).isEqualTo("application/pdf");
        assertThat(first.get("version").get("file_name").asString()).isEqualTo("Resume 2026.pdf");
        assertThat(first.get("document").get("name").asString()).isEqualTo("Resume");
        assertThat(first.get("document").get("kind").asString()).isEqualTo("resume");

        // a new version: name and kind are the document's, the ones sent are ignored
        JsonNode second = upload(account, "Ignored", "other", id, "resume.docx", docx)
                .expectStatus().isCreated()
                .expectHeader().location("/api/documents/" + id)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(second.get("version").get("version").asInt()).isEqualTo(2);
        assertThat(second.get("version").get("media_type").asString()).isEqualTo(DOCX_TYPE);
        JsonNode document = second.get("document");
        assertThat(document.get("name").asString()).isEqualTo("Resume");
        assertThat(document.get("kind").asString()).isEqualTo("resume");
        assertThat(document.get("latest_version").asInt()).isEqualTo(2);
        assertThat(document.get("versions").size()).isEqualTo(2);
        assertThat(document.get("versions").get(0)).isEqualTo(second.get("version"));
        assertThat(document.get("versions").get(1)).isEqualTo(first.get("version"));
        assertThat(document.get("updated_at").asString()).isEqualTo(second.get("version").get("created_at").asString());

        assertThat(download(account, id, 1).expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("Content-Disposition",
                        "attachment; filename=\"Resume 2026.pdf\"; filename*=UTF-8''Resume%202026.pdf")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(PDF);
        assertThat(download(account, id, 2).expectStatus().isOk()
                .expectHeader().contentType(DOCX_TYPE)
                .expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(docx);

        client.get().uri("/api/documents/" + id).header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).isEqualTo(document);
        JsonNode library = client.get().uri("/api/documents").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(library.get("documents").size()).isEqualTo(1);
        assertThat(library.get("documents").get(0)).isEqualTo(document);
        assertThat(library.get("used_bytes").asLong()).isEqualTo(PDF.length + docx.length);
        assertThat(library.get("max_bytes").asLong()).isEqualTo(QUOTA);

        // the same bytes again: a third version, but still two objects
        upload(account, null, null, id, "Resume 2026.pdf", PDF).expectStatus().isCreated()
                .expectBody().jsonPath("$.version.version").isEqualTo(3)
                .jsonPath("$.version.sha256").isEqualTo(sha256(PDF));
        assertThat(objects(account)).containsExactlyInAnyOrder(sha256(PDF), sha256(docx));

        List<EventTopic.Received> added = EventTopic.eventsOf(account.userId()).stream()
                .filter(e -> e.type().equals(VERSION_ADDED)).toList();
        assertThat(added).hasSize(3);
        assertThat(added.get(1).data().toString()).isEqualTo("{\"user_id\":\"" + account.userId()
                + "\",\"document_id\":\"" + id + "\",\"version\":2,\"sha256\":\"" + sha256(docx) + "\",\"size\":"
                + docx.length + ",\"media_type\":\"" + DOCX_TYPE + "\",\"kind\":\"resume\"}");
    }

    @Test
    void markdownAndTextAreTellApartByTheirNameAndNamesAreSanitized() {
        byte[] text = "# Cover letter\n\nDear team,\n".getBytes(StandardCharsets.UTF_8);
        upload(account, "Cover letter", "cover_letter", null, "letter.md", text).expectStatus().isCreated()
                .expectBody().jsonPath("$.version.media_type").isEqualTo("text/markdown")
                .jsonPath("$.version.file_name").isEqualTo("letter.md");
        upload(account, "Notes", "other", null, "../../etc/pass\twd", text).expectStatus().isCreated()
                .expectBody().jsonPath("$.version.media_type").isEqualTo("text/plain")
                .jsonPath("$.version.file_name").isEqualTo("passwd.txt");
        upload(account, "Notes", "other", null, "..\\..\\evil.txt", text).expectStatus().isCreated()
                .expectBody().jsonPath("$.version.file_name").isEqualTo("evil.txt");
    }

    @Test
    void badUploadsAreProblemsAndLeaveNothingBehind() throws Exception {
        byte[] elf = new byte[128];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3e; // x86-64

        problem(upload(account, "Resume", "resume", null, "resume.pdf", elf), 415, "unsupported-document-type",
                "file");
        problem(upload(account, "Resume", "resume", null, "resume.docx", PDF), 415, "document-type-mismatch",
                "file");
        problem(upload(account, "Resume", "resume", null, "resume.docx", zipBomb()), 415,
                "unsupported-document-type", "file");
        problem(upload(account, "Resume", "resume", null, "resume.docx", plainZip()), 415,
                "unsupported-document-type", "file");
        problem(upload(account, "Resume", "resume", null, "resume.txt", new byte[0]), 400, "invalid-request",
                "file").jsonPath("$.errors[0].message").isEqualTo("must not be empty");
        byte[] tooLarge = new byte[MAX_FILE + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        problem(upload(account, "Resume", "resume", null, "resume.txt", tooLarge), 413, "payload-too-large", "file")
                .jsonPath("$.max_bytes").isEqualTo(MAX_FILE);
        // a Content-Length past the limit and the framing: refused before the body is read, the same answer
        byte[] declaredTooLarge = new byte[MAX_FILE + 32 * 1024];
        Arrays.fill(declaredTooLarge, (byte) 'a');
        problem(upload(account, "Resume", "resume", null, "resume.txt", declaredTooLarge), 413, "payload-too-large",
                "file").jsonPath("$.max_bytes").isEqualTo(MAX_FILE);
        problem(upload(account, "Re\u0007sume", "resume", null, "resume.pdf", PDF), 400, "invalid-request", "name")
                .jsonPath("$.errors[0].message").isEqualTo("must not contain control characters");
        problem(upload(account, "Resume", "poem", null, "resume.pdf", PDF), 400, "invalid-request", "kind")
                .jsonPath("$.errors[0].message").isEqualTo("must be resume, cover_letter or other");
        upload(account, null, null, null, "resume.pdf", PDF).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].message").isEqualTo("is required for a new document")
                .jsonPath("$.errors[1].field").isEqualTo("kind");
        problem(upload(account, "Resume", "resume", "../other", "resume.pdf", PDF), 400, "invalid-request",
                "document_id");
        problem(upload(account, "Resume", "resume", "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", "resume.pdf", PDF),
                404, "not-found", null);
        MultipartBodyBuilder noFile = new MultipartBodyBuilder();
        noFile.part("name", "Resume");
        noFile.part("kind", "resume");
        problem(client.post().uri("/api/documents").header("Authorization", account.bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(noFile.build()).exchange(), 400,
                "invalid-request", "file");

        assertThat(objects(account)).isEmpty();
        assertThat(items(account)).isEmpty();
        assertThat(EventTopic.eventsOf(account.userId())).noneMatch(e -> e.type().equals(VERSION_ADDED));
    }

    @Test
    void anotherUsersDocumentIsNotFound() {
        String id = upload(account, "Resume", "resume", null, "resume.pdf", PDF).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("document").get("document_id")
                .asString();
        Accounts.Account other = Accounts.signUpAndLogIn(client);

        client.get().uri("/api/documents/" + id).header("Authorization", other.bearer()).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        download(other, id, 1).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        problem(upload(other, null, null, id, "resume.pdf", PDF), 404, "not-found", null);
        client.get().uri("/api/documents").header("Authorization", other.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.documents.length()").isEqualTo(0);
        assertThat(objects(other)).isEmpty();
        download(account, id, 2).expectStatus().isNotFound();
        download(account, id, 0).expectStatus().isNotFound();
        client.get().uri("/api/documents/not-an-id").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/api/documents").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void parallelUploadsPastTheQuotaStopExactlyAtIt() throws Exception {
        int size = 150; // QUOTA / size = 20 fit
        // threads of its own: on the shared bounded-elastic pool, 30 blocked test threads would starve the server
        ExecutorService threads = Executors.newFixedThreadPool(30);
        List<HttpStatus> statuses;
        try {
            statuses = Flux.range(0, 30)
                .flatMap(i -> Mono.fromCallable(() -> {
                    byte[] text = new byte[size];
                    Arrays.fill(text, (byte) ('a' + i % 26));
                    text[0] = (byte) ('0' + i / 26);
                    return HttpStatus.valueOf(upload(account, "Note " + i, "other", null, "note.txt", text)
                            .returnResult(String.class).getStatus().value());
                }).subscribeOn(Schedulers.fromExecutorService(threads)), 30)
                .collectList().block();
        } finally {
            threads.shutdownNow();
        }

        assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(QUOTA / size);
        assertThat(statuses).filteredOn(HttpStatus.CONTENT_TOO_LARGE::equals).hasSize(30 - QUOTA / size);
        JsonNode library = client.get().uri("/api/documents").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(library.get("used_bytes").asLong()).isEqualTo(QUOTA);
        assertThat(library.get("documents").size()).isEqualTo(QUOTA / size);
        assertThat(objects(account)).hasSize(QUOTA / size);
        assertThat(EventTopic.eventsOf(account.userId())).filteredOn(e -> e.type().equals(VERSION_ADDED))
                .hasSize(QUOTA / size);
        problem(upload(account, "One more", "other", null, "note.txt", "x".getBytes(StandardCharsets.UTF_8)), 413,
                "document-quota-exceeded", "file").jsonPath("$.max_bytes").isEqualTo(QUOTA);
    }

    private WebTestClient.ResponseSpec upload(Accounts.Account who, String name, String kind, String documentId,
            String fileName, byte[] bytes) {
        // the client's type is never believed: LibraryApi always sends octet-stream
        return new LibraryApi(client, who).upload(name, kind, documentId, fileName, bytes);
    }

    private WebTestClient.ResponseSpec download(Accounts.Account who, String id, int version) {
        return client.get().uri("/api/documents/" + id + "/versions/" + version + "/content")
                .header("Authorization", who.bearer()).exchange();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status, String type,
            String field) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + type);
        if (field != null) {
            body.jsonPath("$.errors.length()").isEqualTo(1).jsonPath("$.errors[0].field").isEqualTo(field);
        }
        return body;
    }

    /** The hashes of the user's objects in S3. */
    private static List<String> objects(Accounts.Account who) {
        return DevStack.shared().s3().listObjectsV2(r -> r.bucket(DevStack.shared().documentsBucket())
                        .prefix(DocumentsProperties.DEFAULT_PREFIX + "/" + who.userId() + "/"))
                .contents().stream().map(S3Object::key).map(key -> key.substring(key.lastIndexOf('/') + 1)).toList();
    }

    private static List<Map<String, AttributeValue>> items(Accounts.Account who) {
        return DevStack.shared().dynamoDb().query(r -> r.tableName(DocumentsTable.DEFAULT_TABLE).consistentRead(true)
                .keyConditionExpression("user_id = :user")
                .expressionAttributeValues(Map.of(":user", AttributeValue.fromS(who.userId())))).items();
    }

    static byte[] docx(String body) throws IOException {
        return zip(Map.of("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                        + ".org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                        + DocumentTypes.WORD_MAIN_PART + "\"/></Types>").getBytes(StandardCharsets.UTF_8),
                "word/document.xml", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A Word package whose document inflates to 10 MB of zeros from about 10 KB. */
    static byte[] zipBomb() throws IOException {
        byte[] contentTypes = ("<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                + DocumentTypes.WORD_MAIN_PART + "\"/></Types>").getBytes(StandardCharsets.UTF_8);
        return zip(new java.util.LinkedHashMap<>(Map.of("[Content_Types].xml", contentTypes,
                "word/document.xml", new byte[10 * 1024 * 1024])));
    }

    /** A ZIP that is no Word document. */
    static byte[] plainZip() throws IOException {
        return zip(Map.of("notes.txt", "not a document".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // [Content_Types].xml first, as Word writes it
            List<String> names = entries.keySet().stream().sorted((a, b) -> a.startsWith("[") ? -1
                    : b.startsWith("[") ? 1 : a.compareTo(b)).toList();
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        return LibraryApi.sha256(bytes);
    }
}
