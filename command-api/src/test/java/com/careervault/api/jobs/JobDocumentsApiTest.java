package com.careervault.api.jobs;

import static com.careervault.api.support.ReadModelJobs.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.JobApi;
import com.careervault.api.support.LibraryApi;
import com.careervault.api.support.ProjectorGroup;
import com.careervault.api.support.ReadModelJobs;
import com.careervault.contracts.dynamodb.ReadModel.FrozenPostings;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.PinnedDocuments;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.devstack.EventTopic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /api/jobs/{jobId}/documents} (pinning library versions), the job view's {@code documents} and
 * {@code posting_as_applied}, and {@code GET /api/jobs/{jobId}/posting-as-applied}. The library is real (s3rver,
 * dynalite); there is no projector here: job items are written as the projector writes them (its
 * {@code JobProjectionTest} checks that side) and this class's projector group stands in for its offsets.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.consistency.projector-group-id=" + JobDocumentsApiTest.GROUP)
class JobDocumentsApiTest {

    static final String GROUP = "command-api-test-job-documents";
    private static final String PINNED = "careervault.job.documents-pinned.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] RESUME_V1 = "Ada Lovelace\nAnalyst, 1843\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RESUME_V2 = "Ada Lovelace\nAnalyst and programmer\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LETTER = "# Dear Babbage\n\nI would like to join.\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebTestClient client;

    private Accounts.Account account;
    private JobApi jobs;
    private LibraryApi library;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
        jobs = new JobApi(client, account);
        library = new LibraryApi(client, account);
    }

    @Test
    void pinningNamesEachVersionByItsHashAndAVersionAlreadyPinnedKeepsItsTime() {
        String resume = library.addDocument("Resume", "resume", "resume.txt", RESUME_V1).get("document")
                .get("document_id").asString();
        library.addVersion(resume, "resume.txt", RESUME_V2);
        String letter = library.addDocument("Cover letter", "cover_letter", "letter.md", LETTER).get("document")
                .get("document_id").asString();
        String jobId = UUID.randomUUID().toString();
        put(job(jobId));
        caughtUp();

        pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": 1}, {\"document_id\": \"" + letter
                + "\", \"version\": 1}]").expectStatus().isAccepted()
                .expectBody().jsonPath("$.job_id").isEqualTo(jobId).jsonPath("$.event_ids.length()").isEqualTo(1);
        JsonNode first = jobs.lastEvent(PINNED).data();
        String pinnedAt = first.get("documents").get(0).get("pinned_at").asString();
        assertThat(first).isEqualTo(JSON.readTree("""
                {"job_id": "%s", "documents": [
                  {"document_id": "%s", "version": 1, "sha256": "%s", "size": %d, "media_type": "text/plain",
                   "kind": "resume", "pinned_at": "%s"},
                  {"document_id": "%s", "version": 1, "sha256": "%s", "size": %d, "media_type": "text/markdown",
                   "kind": "cover_letter", "pinned_at": "%s"}]}""".formatted(jobId, resume,
                LibraryApi.sha256(RESUME_V1), RESUME_V1.length, pinnedAt, letter, LibraryApi.sha256(LETTER),
                LETTER.length, pinnedAt)));

        // the projector applies it; the same set again publishes nothing, a new resume version keeps the letter's time
        Map<String, AttributeValue> item = job(jobId);
        item.put(Jobs.DOCUMENTS, AttributeValue.fromL(List.of(
                pinnedItem(resume, 1, RESUME_V1, "text/plain", "resume", pinnedAt),
                pinnedItem(letter, 1, LETTER, "text/markdown", "cover_letter", pinnedAt))));
        item.put(Position.OFFSET, AttributeValue.fromN("42"));
        put(item);
        caughtUp();
        int events = EventTopic.eventsOf(account.userId()).size();
        pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": 1}, {\"document_id\": \"" + letter
                + "\", \"version\": 1}]").expectStatus().isAccepted()
                .expectBody().jsonPath("$.event_ids.length()").isEqualTo(0);
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);

        pin(jobId, "[{\"document_id\": \"" + letter + "\", \"version\": 1}, {\"document_id\": \"" + resume
                + "\", \"version\": 2}]").expectStatus().isAccepted();
        JsonNode second = jobs.lastEvent(PINNED).data().get("documents");
        assertThat(second.get(0).get("document_id").asString()).isEqualTo(letter);
        assertThat(second.get(0).get("pinned_at").asString()).isEqualTo(pinnedAt);
        assertThat(second.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(second.get(1).get("sha256").asString()).isEqualTo(LibraryApi.sha256(RESUME_V2));
        assertThat(second.get(1).get("pinned_at").asString()).isNotEqualTo(pinnedAt);

        caughtUp();
        pin(jobId, "[]").expectStatus().isAccepted();
        assertThat(jobs.lastEvent(PINNED).data().toString())
                .isEqualTo("{\"job_id\":\"" + jobId + "\",\"documents\":[]}");
    }

    @Test
    void theJobShowsItsPinnedVersionsWithTheLibrarysNamesAndThePostingAsApplied() {
        JsonNode uploaded = library.addDocument("Resume", "resume", "Ada resume.txt", RESUME_V1);
        String resume = uploaded.get("document").get("document_id").asString();
        String uploadedAt = uploaded.get("version").get("created_at").asString();
        String jobId = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = job(jobId);
        item.put(Jobs.JOB_DESCRIPTION, AttributeValue.fromS("Edited since"));
        item.put(Jobs.DOCUMENTS, AttributeValue.fromL(List.of(
                pinnedItem(resume, 1, RESUME_V1, "text/plain", "resume", "2026-11-12T09:30:00.000000Z"))));
        String frozen = "We build engines.\r\nAnalysts welcome – ünïcödé\n";
        item.put(Jobs.POSTING_AS_APPLIED, AttributeValue.fromM(Map.of(
                FrozenPostings.JOB_DESCRIPTION, AttributeValue.fromS(frozen),
                FrozenPostings.URL, AttributeValue.fromS("https://engines.example/jobs/1"),
                FrozenPostings.FROZEN_AT, AttributeValue.fromS("2026-11-12T09:30:00.000000Z"))));
        put(item);
        caughtUp();

        JsonNode job = jobs.get(jobId);
        assertThat(job.get("documents")).isEqualTo(JSON.readTree("""
                [{"document_id": "%s", "version": 1, "sha256": "%s", "size": %d, "media_type": "text/plain",
                  "kind": "resume", "pinned_at": "2026-11-12T09:30:00.000000Z", "name": "Resume",
                  "file_name": "Ada resume.txt", "uploaded_at": "%s"}]""".formatted(resume,
                LibraryApi.sha256(RESUME_V1), RESUME_V1.length, uploadedAt)));
        assertThat(job.get("posting_as_applied")).isEqualTo(JSON.readTree("""
                {"job_description": %s, "url": "https://engines.example/jobs/1",
                 "frozen_at": "2026-11-12T09:30:00.000000Z"}""".formatted(JSON.writeValueAsString(frozen))));
        assertThat(job.get("job_description").asString()).isEqualTo("Edited since");

        byte[] text = client.get().uri("/api/jobs/" + jobId + "/posting-as-applied")
                .header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/plain;charset=UTF-8")
                .expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"posting-as-applied-2026-11-12.txt\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(text).isEqualTo(frozen.getBytes(StandardCharsets.UTF_8));
        assertThat(library.download(resume, 1)).isEqualTo(RESUME_V1);

        // lists carry the pins without the library's names
        JsonNode listed = client.get().uri("/api/jobs").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("jobs").get(0);
        assertThat(listed.get("documents").get(0).has("name")).isFalse();
        assertThat(listed.get("documents").get(0).get("sha256").asString()).isEqualTo(LibraryApi.sha256(RESUME_V1));
    }

    @Test
    void aJobWithoutAFrozenPostingTextAnswers404() {
        String jobId = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = job(jobId);
        item.put(Jobs.POSTING_AS_APPLIED, AttributeValue.fromM(Map.of(
                FrozenPostings.URL, AttributeValue.fromS("https://engines.example/jobs/1"),
                FrozenPostings.FROZEN_AT, AttributeValue.fromS("2026-11-12T09:30:00.000000Z"))));
        put(item);
        String bare = UUID.randomUUID().toString();
        put(job(bare));
        caughtUp();

        for (String id : List.of(jobId, bare, UUID.randomUUID().toString())) {
            problem(client.get().uri("/api/jobs/" + id + "/posting-as-applied")
                    .header("Authorization", account.bearer()).exchange(), 404);
        }
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        ProjectorGroup.caughtUp(GROUP, other.userId());
        problem(client.get().uri("/api/jobs/" + jobId + "/posting-as-applied").header("Authorization", other.bearer())
                .exchange(), 404);
    }

    @Test
    void badPinsAreClearProblemsAndPublishNothing() {
        String resume = library.addDocument("Resume", "resume", "resume.txt", RESUME_V1).get("document")
                .get("document_id").asString();
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        String theirs = new LibraryApi(client, other).addDocument("Theirs", "resume", "theirs.txt", LETTER)
                .get("document").get("document_id").asString();
        String jobId = UUID.randomUUID().toString();
        put(job(jobId));
        caughtUp();
        ProjectorGroup.caughtUp(GROUP, other.userId());
        int events = EventTopic.eventsOf(account.userId()).size();

        // another user's document, a version the document does not have: 422 naming the entry
        field(pin(jobId, "[{\"document_id\": \"" + theirs + "\", \"version\": 1}]"), 422, "documents[0].document_id",
                "is not one of your documents");
        field(pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": 1}, {\"document_id\": \"" + resume
                .replace(resume.charAt(0), resume.charAt(0) == 'a' ? 'b' : 'a') + "\", \"version\": 1}]"), 422,
                "documents[1].document_id", "is not one of your documents");
        field(pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": 2}]"), 422, "documents[0].version",
                "document " + resume + " has versions 1 to 1");
        // malformed entries: 400
        field(pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": 1}, {\"document_id\": \"" + resume
                + "\", \"version\": 1}]"), 400, "documents[1].document_id",
                "is given twice: pin one version of each document");
        field(pin(jobId, "[{\"document_id\": \"../../etc\", \"version\": 1}]"), 400, "documents[0].document_id",
                "must be a document id (a UUID)");
        field(pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": 0}]"), 400, "documents[0].version",
                "must be at least 1");
        field(pin(jobId, "[{\"document_id\": \"" + resume + "\"}]"), 400, "documents[0].version", "is required");
        field(pin(jobId, "[null]"), 400, "documents[0]", "must be an object with document_id and version");
        problem(pin(jobId, "[{\"document_id\": \"" + resume + "\", \"version\": \"one\"}]"), 400);
        field(client.put().uri("/api/jobs/" + jobId + "/documents").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 400, "documents", "is required");
        StringBuilder eleven = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ",").append("{\"document_id\": \"").append(UUID.randomUUID())
                    .append("\", \"version\": 1}");
        }
        field(pin(jobId, eleven + "]"), 400, "documents", "must have at most 10 items");
        problem(client.put().uri("/api/jobs/" + jobId + "/documents").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"documents\": [").exchange(), 400);
        // another user's job, a job that does not exist, no token
        problem(client.put().uri("/api/jobs/" + jobId + "/documents").header("Authorization", other.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"documents\": []}").exchange(), 404);
        problem(pin(UUID.randomUUID().toString(), "[]"), 404);
        problem(client.put().uri("/api/jobs/" + jobId + "/documents").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"documents\": []}").exchange(), 401);

        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
    }

    private WebTestClient.ResponseSpec pin(String jobId, String documents) {
        return client.put().uri("/api/jobs/" + jobId + "/documents").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"documents\": " + documents + "}").exchange();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }

    private static void field(WebTestClient.ResponseSpec response, int status, String field, String message) {
        problem(response, status).jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }

    private Map<String, AttributeValue> job(String jobId) {
        return ReadModelJobs.job(account.userId(), jobId, "Engines Ltd", "Analyst", "Applied",
                "2026-11-12T09:00:00.000000Z", 41);
    }

    private static AttributeValue pinnedItem(String documentId, int version, byte[] bytes, String mediaType,
            String kind, String pinnedAt) {
        return AttributeValue.fromM(Map.of(
                PinnedDocuments.DOCUMENT_ID, AttributeValue.fromS(documentId),
                PinnedDocuments.VERSION, AttributeValue.fromN(Integer.toString(version)),
                PinnedDocuments.SHA256, AttributeValue.fromS(LibraryApi.sha256(bytes)),
                PinnedDocuments.SIZE, AttributeValue.fromN(Integer.toString(bytes.length)),
                PinnedDocuments.MEDIA_TYPE, AttributeValue.fromS(mediaType),
                PinnedDocuments.KIND, AttributeValue.fromS(kind),
                PinnedDocuments.PINNED_AT, AttributeValue.fromS(pinnedAt)));
    }

    private void caughtUp() {
        ProjectorGroup.caughtUp(GROUP, account.userId());
    }
}
