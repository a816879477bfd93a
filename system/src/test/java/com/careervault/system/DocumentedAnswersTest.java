package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.DevStackExtension;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The job answers that need the projector (so cannot be checked in
 * command-api's own tests) match the committed {@code docs/openapi.json}, the
 * file clients generate their types from: no undocumented field, no missing
 * required one, every value of the documented type.
 */
@ExtendWith(DevStackExtension.class)
class DocumentedAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void theSeedsJobIsAsDocumented() throws IOException {
        JsonNode document = JSON.readTree(Files.readString(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8));
        Api api = Api.newUser();

        EntityExchangeResult<String> created = api.post("/api/jobs", Walkthrough.SEED_JOB, "Prefer", "wait=5")
                .expectStatus().isCreated().expectBody(String.class).returnResult();
        assertDocumented(document, "/api/jobs", "post", created);
        JsonNode job = JSON.readTree(created.getResponseBody());
        assertThat(job.get("company").asString()).isEqualTo("Google");
        assertThat(job.get("salary_range").asString()).isEqualTo("$120k-$180k");
        String jobId = job.get("job_id").asString();

        assertDocumented(document, "/api/jobs/{jobId}", "get", api.get("/api/jobs/" + jobId)
                .expectStatus().isOk().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/{jobId}", "patch", api.patch("/api/jobs/" + jobId, """
                {"status": "Interviewing", "notes": "Onsite next week", "interview_at": "2026-12-01T16:00:00+01:00",
                 "tags": ["backend"]}""", "Prefer", "wait=5")
                .expectStatus().isOk().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs", "get", api.get("/api/jobs")
                .expectStatus().isOk().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/stats", "get", api.get("/api/jobs/stats")
                .expectStatus().isOk().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/{jobId}", "patch", api.patch("/api/jobs/" + jobId,
                        "{\"status\": \"Offer\"}", "If-Match", "\"0-0\"")
                .expectStatus().isEqualTo(412).expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/{jobId}", "get", api.get("/api/jobs/" + java.util.UUID.randomUUID())
                .expectStatus().isNotFound().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/bulk", "post", api.post("/api/jobs/bulk",
                        "{\"action\": \"update_status\", \"status\": \"Offer\", \"job_ids\": [\"" + jobId + "\", \""
                                + java.util.UUID.randomUUID() + "\"]}")
                .expectStatus().isAccepted().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/{jobId}", "delete", api.delete("/api/jobs/" + jobId)
                .expectStatus().isAccepted().expectBody(String.class).returnResult());

        // the CSV import's answer: a created row, a rejected one with errors, a warning
        assertDocumented(document, "/api/jobs/import", "post", CsvFiles.upload(api.http, api,
                        "company,position,status,contact\nCsv Co,Dev,Applied,x\nCsv Co,Dev,Hired,\n", false)
                .expectStatus().isOk().expectBody(String.class).returnResult());

        assertDocumented(document, "/api/jobs/{jobId}/restore", "post", api.post("/api/jobs/"
                        + java.util.UUID.randomUUID() + "/restore", "")
                .expectStatus().isNotFound().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/{jobId}/restore", "post", api.post("/api/jobs/" + jobId + "/restore",
                        "", "Prefer", "wait=5")
                .expectStatus().isOk().expectBody(String.class).returnResult());
        assertDocumented(document, "/api/jobs/{jobId}/restore", "post", api.post("/api/jobs/" + jobId + "/restore",
                        "")
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult());
        api.delete("/api/jobs/" + jobId, "Prefer", "wait=5").expectStatus().isNoContent();
        EntityExchangeResult<String> deleted = api.get("/api/jobs/deleted").expectStatus().isOk()
                .expectBody(String.class).returnResult();
        assertDocumented(document, "/api/jobs/deleted", "get", deleted);
        assertThat(JSON.readTree(deleted.getResponseBody()).get("count").asInt()).isEqualTo(1);
        assertDocumented(document, "/api/jobs/{jobId}/restore", "post", api.post("/api/jobs/" + jobId + "/restore",
                        "")
                .expectStatus().isAccepted().expectBody(String.class).returnResult());
    }

    private static void assertDocumented(JsonNode document, String path, String method,
            EntityExchangeResult<String> answer) {
        int status = answer.getStatus().value();
        JsonNode response = document.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/" + status);
        if (response.has("$ref")) {
            response = document.at(response.get("$ref").asString().substring(1));
        }
        org.springframework.http.MediaType type = answer.getResponseHeaders().getContentType();
        JsonNode schema = response.path("content").path(type.getType() + "/" + type.getSubtype()).path("schema");
        assertThat(schema.isMissingNode()).as("%s %s documents %d", method, path, status).isFalse();
        ObjectNode root = (ObjectNode) schema.deepCopy();
        ObjectNode components = ((ObjectNode) document.get("components")).deepCopy();
        components.path("schemas").forEach(DocumentedAnswersTest::close);
        close(root);
        root.set("components", components);
        assertThat(SCHEMAS.getSchema(root.toString(), InputFormat.JSON).validate(answer.getResponseBody(),
                InputFormat.JSON)).as("%s %s %d answered %s", method, path, status, answer.getResponseBody())
                .isEmpty();
    }

    /** Closes every object schema ({@code additionalProperties: false}) so that an undocumented field fails. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(DocumentedAnswersTest::close);
        } else if (schema != null && schema.isArray()) {
            schema.forEach(DocumentedAnswersTest::close);
        }
    }
}
