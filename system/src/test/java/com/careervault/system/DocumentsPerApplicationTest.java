package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.api.documents.DocumentsProperties;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when", through the whole system (API, Kafka, projector, dynalite, s3rver): two versions of a
 * resume; v1 pinned to a job that is then applied for; v2 uploaded and the job's description edited afterwards;
 * the job still shows v1 (by its hash) and the posting as it was, and both download byte for byte, also after the
 * job is deleted and restored; the export ZIP holds every version's bytes and the job with its pins; deleting the
 * account leaves no object of the user in the bucket.
 */
@ExtendWith(DevStackExtension.class)
class DocumentsPerApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] RESUME_V1 = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n"
            + "<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESUME_V2 = "Ada Lovelace\nAnalyst and programmer, 1843\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] LETTER = "# Dear Mr Babbage\n\nI would like to join the engine project.\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String POSTING = "Analytical Engine Ltd is hiring an analyst.\r\n\r\n"
            + "- Notes on the engine – ünïcödé welcome\n- Bernoulli numbers";

    @Test
    void theJobKeepsTheVersionSentAndThePostingAsAppliedWhateverChangesLater() throws Exception {
        Api api = Api.newUser();
        JsonNode resume = upload(api, "Resume", "resume", null, "Ada resume.pdf", RESUME_V1);
        String resumeId = resume.get("document").get("document_id").asString();
        String letterId = upload(api, "Cover letter", "cover_letter", null, "letter.md", LETTER)
                .get("document").get("document_id").asString();

        String jobId = api.createReadable("{\"company\": \"Analytical Engine Ltd\", \"position\": \"Analyst\", "
                + "\"status\": \"Wishlist\", \"url\": \"https://engine.example/jobs/1\", \"job_description\": "
                + JSON.writeValueAsString(POSTING) + "}");
        JsonNode pinned = api.json(api.http.put().uri("/api/jobs/" + jobId + "/documents")
                .header("Authorization", api.bearer).header("Prefer", "wait=10")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"documents\": [{\"document_id\": \"" + resumeId
                        + "\", \"version\": 1}, {\"document_id\": \"" + letterId + "\", \"version\": 1}]}")
                .exchange().expectStatus().isOk());
        assertThat(pinned.get("documents").size()).isEqualTo(2);
        assertThat(pinned.get("documents").get(0).get("name").asString()).isEqualTo("Resume");
        JsonNode applied = api.json(api.patch("/api/jobs/" + jobId, "{\"status\": \"Applied\"}", "Prefer", "wait=10")
                .expectStatus().isOk());
        String frozenAt = applied.get("posting_as_applied").get("frozen_at").asString();
        assertThat(applied.get("documents").get(1).get("name").asString()).isEqualTo("Cover letter");
        assertThat(applied.get("status_history").get(1).get("at").asString()).isEqualTo(frozenAt);

        // later: a second version of the resume, and the posting edited
        JsonNode v2 = upload(api, null, null, resumeId, "resume.txt", RESUME_V2);
        assertThat(v2.get("version").get("version").asInt()).isEqualTo(2);
        api.patch("/api/jobs/" + jobId, "{\"job_description\": \"The posting, rewritten.\", "
                + "\"url\": \"https://engine.example/jobs/1-v2\"}", "Prefer", "wait=10").expectStatus().isOk();

        JsonNode job = api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk());
        assertThat(job.get("job_description").asString()).isEqualTo("The posting, rewritten.");
        assertSentAsApplied(api, job, resumeId, letterId, frozenAt);

        // deleted and restored (the restore event carries the pins and, encrypted, the frozen posting)
        api.delete("/api/jobs/" + jobId, "Prefer", "wait=10").expectStatus().isNoContent();
        api.post("/api/jobs/" + jobId + "/restore", "").expectStatus().isAccepted();
        assertSentAsApplied(api, api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk()), resumeId, letterId,
                frozenAt);

        // the export: a ZIP with the JSON (the job with its pins and frozen posting) and every version's bytes
        Map<String, byte[]> zip = unzip(api.get("/api/me/export.zip").expectStatus().isOk()
                .expectHeader().contentType("application/zip").expectBody(byte[].class).returnResult()
                .getResponseBody());
        JsonNode export = JSON.readTree(zip.get("careervault-export.json"));
        JsonNode exportedJob = export.get("jobs").get(0);
        assertThat(exportedJob.get("documents").get(0).get("sha256").asString()).isEqualTo(sha256(RESUME_V1));
        assertThat(exportedJob.get("posting_as_applied").get("job_description").asString()).isEqualTo(POSTING);
        Map<String, byte[]> files = new HashMap<>();
        for (JsonNode document : export.get("documents")) {
            for (JsonNode version : document.get("versions")) {
                files.put(document.get("document_id").asString() + "/" + version.get("version").asInt(),
                        zip.get(version.get("file").asString()));
            }
        }
        assertThat(files).containsOnlyKeys(resumeId + "/1", resumeId + "/2", letterId + "/1");
        assertThat(files.get(resumeId + "/1")).isEqualTo(RESUME_V1);
        assertThat(files.get(resumeId + "/2")).isEqualTo(RESUME_V2);
        assertThat(files.get(letterId + "/1")).isEqualTo(LETTER);
        assertThat(zip).hasSize(4);

        assertThat(objectsOf(api.userId)).extracting(S3Object::key).containsExactlyInAnyOrder(
                key(api.userId, RESUME_V1), key(api.userId, RESUME_V2), key(api.userId, LETTER));
        api.http.method(HttpMethod.DELETE).uri("/api/me").header("Authorization", api.bearer)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"password\": \"" + Api.PASSWORD + "\"}")
                .exchange().expectStatus().isNoContent();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(objectsOf(api.userId)).isEmpty());
    }

    /** The job shows resume v1 and letter v1 by their hashes, and the posting as applied, all byte-exact. */
    private static void assertSentAsApplied(Api api, JsonNode job, String resumeId, String letterId, String frozenAt)
            throws Exception {
        JsonNode documents = job.get("documents");
        assertThat(documents.size()).isEqualTo(2);
        assertThat(documents.get(0).get("document_id").asString()).isEqualTo(resumeId);
        assertThat(documents.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(documents.get(0).get("sha256").asString()).isEqualTo(sha256(RESUME_V1));
        assertThat(documents.get(0).get("name").asString()).isEqualTo("Resume");
        assertThat(documents.get(0).get("file_name").asString()).isEqualTo("Ada resume.pdf");
        assertThat(documents.get(1).get("document_id").asString()).isEqualTo(letterId);
        assertThat(documents.get(1).get("sha256").asString()).isEqualTo(sha256(LETTER));
        assertThat(job.get("posting_as_applied").get("job_description").asString()).isEqualTo(POSTING);
        assertThat(job.get("posting_as_applied").get("url").asString()).isEqualTo("https://engine.example/jobs/1");
        assertThat(job.get("posting_as_applied").get("frozen_at").asString()).isEqualTo(frozenAt);

        assertThat(bytes(api, "/api/documents/" + resumeId + "/versions/1/content")).isEqualTo(RESUME_V1);
        assertThat(bytes(api, "/api/documents/" + letterId + "/versions/1/content")).isEqualTo(LETTER);
        assertThat(bytes(api, "/api/jobs/" + job.get("job_id").asString() + "/posting-as-applied"))
                .isEqualTo(POSTING.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode upload(Api api, String name, String kind, String documentId, String fileName,
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
        return api.json(api.http.post().uri("/api/documents").header("Authorization", api.bearer)
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(form.build()).exchange()
                .expectStatus().isCreated());
    }

    /** Every entry of a ZIP by name. */
    private static Map<String, byte[]> unzip(byte[] archive) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] bytes(Api api, String path) {
        return api.get(path).expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static List<S3Object> objectsOf(String userId) {
        return DevStack.shared().s3().listObjectsV2(r -> r.bucket(DevStack.shared().documentsBucket())
                .prefix(DocumentsProperties.DEFAULT_PREFIX + "/" + userId + "/")).contents();
    }

    private static String key(String userId, byte[] bytes) throws Exception {
        return DocumentsProperties.DEFAULT_PREFIX + "/" + userId + "/" + sha256(bytes);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
