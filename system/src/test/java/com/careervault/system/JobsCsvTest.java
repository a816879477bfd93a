package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.kafka.Topics;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import com.careervault.devstack.EventTopic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, CSV: the export's exact cells, the date range, formula cells made inert, Unicode, and the import's
 * idempotent rows, dry run, field errors and limits, on the whole running system.
 */
@ExtendWith(DevStackExtension.class)
class JobsCsvTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration READABLE = Duration.ofSeconds(60);

    @Test
    void theExportHasTheHeaderAndEveryCellOfTheCallersJobsOldestFirst() {
        Api user = Api.newUser();
        Api other = Api.newUser();
        other.createReadable("{\"company\": \"Not Mine\", \"position\": \"Other\"}");
        String first = user.createReadable("""
                {"company": "Acme, Inc.", "position": "Engineer \\"II\\"", "status": "applied", "location": "Berlin",
                 "salary_range": "€60k", "applied_date": "2026-01-10", "url": "https://acme.example/jobs/1",
                 "notes": "line one\\nline two", "interview_at": "2027-02-01T16:00:00+01:00",
                 "follow_up_at": "2027-01-05T09:00:00Z", "tags": ["backend", "remote"]}""");
        JsonNode moved = user.json(user.patch("/api/jobs/" + first, "{\"status\": \"Interviewing\"}", "Prefer", "wait=5")
                .expectStatus().isOk());
        String second = user.createReadable(
                "{\"company\": \"Initech\", \"position\": \"Analyst\", \"status\": \"wishlist\"}");
        JsonNode bare = user.json(user.get("/api/jobs/" + second).expectStatus().isOk());

        EntityExchangeResult<byte[]> export = await().atMost(READABLE).until(
                () -> CsvFiles.export(user.http, user, ""), result -> text(result).split("\r\n").length == 3);

        assertThat(export.getStatus().value()).isEqualTo(200);
        assertThat(export.getResponseHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(export.getResponseHeaders().getContentDisposition().toString()).isEqualTo(
                "attachment; filename=\"careervault-jobs-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        String created = moved.get("created_at").asString();
        String updated = moved.get("updated_at").asString();
        String interviewing = moved.get("status_history").get(1).get("at").asString();
        String bareCreated = bare.get("created_at").asString();
        assertThat(text(export)).isEqualTo(CsvFiles.HEADER + "\r\n"
                + first + ",\"Acme, Inc.\",\"Engineer \"\"II\"\"\",Interviewing,Berlin,€60k,2026-01-10,"
                + "https://acme.example/jobs/1,\"line one\nline two\",2027-02-01T15:00:00.000000Z,"
                + "2027-01-05T09:00:00.000000Z,backend;remote," + created + "," + updated + ",," + created + ",,"
                + interviewing + ",,,,,,,\r\n"
                + second + ",Initech,Analyst,Wishlist,,,,,,,,," + bareCreated + "," + bare.get("updated_at").asString()
                + "," + bareCreated + ",,,,,,,,,,\r\n");
    }

    @Test
    void fromAndToSelectJobsByAppliedDateInclusive() {
        Api user = Api.newUser();
        String january = user.createReadable(
                "{\"company\": \"January Co\", \"position\": \"Dev\", \"applied_date\": \"2026-01-31\"}");
        String february = user.createReadable(
                "{\"company\": \"February Co\", \"position\": \"Dev\", \"applied_date\": \"2026-02-01\"}");
        user.createReadable("{\"company\": \"Undated Co\", \"position\": \"Dev\"}");
        await().atMost(READABLE).until(() -> text(CsvFiles.export(user.http, user, "")).split("\r\n").length == 4);

        assertThat(ids(user, "from=2026-02-01")).containsExactly(february);
        assertThat(ids(user, "to=2026-01-31")).containsExactly(january);
        assertThat(ids(user, "from=2026-01-31&to=2026-02-01")).containsExactly(january, february);
        assertThat(ids(user, "from=2026-03-01")).isEmpty();

        EntityExchangeResult<byte[]> bad = CsvFiles.export(user.http, user, "from=2026-02-30&to=yesterday");
        assertThat(bad.getStatus().value()).isEqualTo(400);
        assertThat(bad.getResponseHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(fieldErrors(JSON.readTree(text(bad)))).containsExactly(
                "from: must be an ISO date (YYYY-MM-DD)", "to: must be an ISO date (YYYY-MM-DD)");
        EntityExchangeResult<byte[]> reversed = CsvFiles.export(user.http, user, "from=2026-02-01&to=2026-01-31");
        assertThat(reversed.getStatus().value()).isEqualTo(400);
        assertThat(fieldErrors(JSON.readTree(text(reversed)))).containsExactly("to: must not be before from");
    }

    @Test
    void formulaCellsComeOutInertAndGoBackInAsTheyWere() throws Exception {
        Api user = Api.newUser();
        String job = user.createReadable("""
                {"company": "=HYPERLINK(\\"http://evil.example\\",\\"click\\")", "position": "+1",
                 "location": "-2", "salary_range": "@SUM(A1:A9)", "notes": "=1+1 in the middle is fine",
                 "tags": ["-x", "ok"]}""");
        // tab and CR cannot lead a value the API takes (it trims text): an event written by other means can have them
        String raw = UUID.randomUUID().toString();
        publish(user.userId, new JobCreated(raw, "\tTabbed Co", "\r=cmd|' /C calc'!A0", JobStatus.Applied, null, null,
                null, null, null, null, null, null));
        await().atMost(READABLE).until(() -> text(CsvFiles.export(user.http, user, "")).split("\r\n").length >= 3);

        List<CSVRecord> records = CsvFiles.records(text(CsvFiles.export(user.http, user, "")));
        CSVRecord row = records.stream().filter(r -> r.get(0).equals(job)).findFirst().orElseThrow();
        assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get(2)).isEqualTo("'+1");
        assertThat(row.get(4)).isEqualTo("'-2");
        assertThat(row.get(5)).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get(8)).isEqualTo("'=1+1 in the middle is fine");
        assertThat(row.get(11)).isEqualTo("'-x;ok");
        CSVRecord rawRow = records.stream().filter(r -> r.get(0).equals(raw)).findFirst().orElseThrow();
        assertThat(rawRow.get(1)).isEqualTo("'\tTabbed Co");
        assertThat(rawRow.get(2)).isEqualTo("'\r=cmd|' /C calc'!A0");
        // no cell of the file starts with a formula character
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }

        // the import takes the apostrophe off again: the same values (tab and CR trimmed, as the API trims text)
        Api fresh = Api.newUser();
        JsonNode result = fresh.json(CsvFiles.upload(fresh.http, fresh, CsvFiles.exportText(user), false)
                .expectStatus().isOk());
        assertThat(result.get("created").asInt()).isEqualTo(2);
        String copy = result.get("rows").get(0).get("job_id").asString();
        JsonNode imported = await().atMost(READABLE).until(() -> fresh.get("/api/jobs/" + copy)
                .expectBody(JsonNode.class).returnResult(), r -> r.getStatus().value() == 200).getResponseBody();
        assertThat(imported.get("company").asString()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(imported.get("position").asString()).isEqualTo("+1");
        assertThat(imported.get("location").asString()).isEqualTo("-2");
        assertThat(imported.get("salary_range").asString()).isEqualTo("@SUM(A1:A9)");
        assertThat(imported.get("notes").asString()).isEqualTo("=1+1 in the middle is fine");
        assertThat(imported.get("tags").toString()).isEqualTo("[\"-x\",\"ok\"]");
        String rawCopy = result.get("rows").get(1).get("job_id").asString();
        JsonNode trimmed = await().atMost(READABLE).until(() -> fresh.get("/api/jobs/" + rawCopy)
                .expectBody(JsonNode.class).returnResult(), r -> r.getStatus().value() == 200).getResponseBody();
        assertThat(trimmed.get("company").asString()).isEqualTo("Tabbed Co");
        assertThat(trimmed.get("position").asString()).isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void unicodeTextGoesOutAndComesBackTheSameInNfc() {
        Api user = Api.newUser();
        // "Développeuse" with a decomposed é (e + U+0301), as some spreadsheets save it
        String file = "Company,Position,Status,Notes,Tags\r\n"
                + "Zürich Straße 日本 👩‍💻,De\u0301veloppeuse,Applied,\"Ça va? 😀\",éte\u0301;日本\r\n";
        JsonNode result = user.json(CsvFiles.upload(user.http, user, file, false).expectStatus().isOk());
        assertThat(result.get("created").asInt()).isEqualTo(1);
        String job = result.get("rows").get(0).get("job_id").asString();
        JsonNode imported = await().atMost(READABLE).until(() -> user.get("/api/jobs/" + job)
                .expectBody(JsonNode.class).returnResult(), r -> r.getStatus().value() == 200).getResponseBody();
        assertThat(imported.get("company").asString()).isEqualTo("Zürich Straße 日本 👩‍💻");
        assertThat(imported.get("position").asString()).isEqualTo("D\u00e9veloppeuse");
        assertThat(imported.get("notes").asString()).isEqualTo("Ça va? 😀");
        assertThat(imported.get("tags").toString()).isEqualTo("[\"\u00e9t\u00e9\",\"日本\"]");

        String export = CsvFiles.exportText(user);
        Api fresh = Api.newUser();
        fresh.json(CsvFiles.upload(fresh.http, fresh, export, false).expectStatus().isOk());
        String again = await().atMost(READABLE).until(() -> CsvFiles.exportText(fresh),
                text -> text.split("\r\n").length == 2);
        assertThat(withoutJobIds(again)).isEqualTo(withoutJobIds(export));
        assertThat(export.getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) 'j'); // no byte order mark
    }

    @Test
    void aDryRunAppendsNothingAndImportingTheSameFileAgainCreatesNothingNew() {
        Api user = Api.newUser();
        String file = "company,position,status,applied_date,created_at,updated_at,contact\n"
                + "Acme,Engineer,Applied,2026-01-05,2026-01-05T08:00:00Z,2026-01-20T10:00:00Z,Sam\n"
                + "Initech,Analyst,Offer,2026-01-06,,,\n"
                + "Globex,Designer,Rejected,,,,\n";
        int eventsBefore = EventTopic.eventsOf(user.userId).size();

        JsonNode dry = user.json(CsvFiles.upload(user.http, user, file, true).expectStatus().isOk());
        assertThat(dry.get("dry_run").asBoolean()).isTrue();
        assertThat(counts(dry)).isEqualTo(List.of(3, 0, 0, 0));
        assertThat(dry.get("warnings").toString())
                .isEqualTo("[\"column 'contact' is not a column of the jobs' CSV: ignored\"]");
        assertThat(EventTopic.eventsOf(user.userId)).hasSize(eventsBefore);

        JsonNode done = user.json(CsvFiles.upload(user.http, user, file, false).expectStatus().isOk());
        assertThat(done.get("dry_run").asBoolean()).isFalse();
        assertThat(counts(done)).isEqualTo(List.of(3, 0, 0, 0));
        // the dry run named the same jobs the import created
        assertThat(done.get("rows").toString()).isEqualTo(dry.get("rows").toString());
        List<EventTopic.Received> events = EventTopic.eventsOf(user.userId);
        assertThat(events).hasSize(eventsBefore + 3);
        assertThat(events.subList(eventsBefore, events.size())).allSatisfy(event ->
                assertThat(event.type()).isEqualTo("careervault.job.created.v1"));
        String acme = done.get("rows").get(0).get("job_id").asString();
        JsonNode job = await().atMost(READABLE).until(() -> user.get("/api/jobs/" + acme)
                .expectBody(JsonNode.class).returnResult(), r -> r.getStatus().value() == 200).getResponseBody();
        // an imported job keeps its dates from the file
        assertThat(job.get("created_at").asString()).isEqualTo("2026-01-05T08:00:00.000000Z");
        assertThat(job.get("updated_at").asString()).isEqualTo("2026-01-20T10:00:00.000000Z");
        assertThat(job.get("status_history").toString())
                .isEqualTo("[{\"status\":\"Applied\",\"at\":\"2026-01-05T08:00:00.000000Z\"}]");

        await().atMost(READABLE).until(() -> CsvFiles.exportText(user).split("\r\n").length == 4);
        JsonNode again = user.json(CsvFiles.upload(user.http, user, file, false).expectStatus().isOk());
        assertThat(counts(again)).isEqualTo(List.of(0, 0, 3, 0));
        // the export, imported back by its owner, changes nothing either
        JsonNode exported = user.json(CsvFiles.upload(user.http, user, CsvFiles.exportText(user), false)
                .expectStatus().isOk());
        assertThat(counts(exported)).isEqualTo(List.of(0, 0, 3, 0));
        assertThat(EventTopic.eventsOf(user.userId)).hasSize(eventsBefore + 3);
    }

    @Test
    void badRowsGetFieldErrorsWhileGoodRowsGoThrough() {
        Api user = Api.newUser();
        String mine = user.createReadable("{\"company\": \"Mine\", \"position\": \"Dev\", \"status\": \"Applied\"}");
        String file = "JOB_ID,Company,Position,Status,Applied_Date,Notes\r\n"
                + ",Good Co,Dev,Applied,2026-03-01,\r\n"
                + ",Hired Co,Dev,Hired,,\r\n"
                + ",Date Co,Dev,Applied,01/03/2026,\r\n"
                + ",Long Co,Dev,Applied,," + "n".repeat(5001) + "\r\n"
                + ",,Dev,Applied,,\r\n"
                + mine + ",Mine,Dev,offer,,now an offer\r\n"
                + ",good co,dev,applied,2026-03-01,\r\n";

        JsonNode result = user.json(CsvFiles.upload(user.http, user, file, false).expectStatus().isOk());

        assertThat(counts(result)).isEqualTo(List.of(1, 1, 0, 5));
        JsonNode rows = result.get("rows");
        assertThat(rows.get(0).get("outcome").asString()).isEqualTo("created");
        String created = rows.get(0).get("job_id").asString();
        assertThat(rows.get(1).toString()).isEqualTo("{\"row\":3,\"outcome\":\"rejected\",\"errors\":[{\"field\":"
                + "\"status\",\"message\":\"unknown job status 'Hired'; allowed: Wishlist, Applied, Screening, "
                + "Interviewing, Offer, Accepted, Rejected, Withdrawn, Ghosted\"}]}");
        assertThat(rows.get(2).toString()).isEqualTo("{\"row\":4,\"outcome\":\"rejected\",\"errors\":[{\"field\":"
                + "\"applied_date\",\"message\":\"must be an ISO date (YYYY-MM-DD)\"}]}");
        assertThat(rows.get(3).toString()).isEqualTo("{\"row\":5,\"outcome\":\"rejected\",\"errors\":[{\"field\":"
                + "\"notes\",\"message\":\"must be at most 5000 characters\"}]}");
        assertThat(rows.get(4).toString()).isEqualTo("{\"row\":6,\"outcome\":\"rejected\",\"errors\":[{\"field\":"
                + "\"company\",\"message\":\"is required\"}]}");
        assertThat(rows.get(5).toString()).isEqualTo("{\"row\":7,\"outcome\":\"updated\",\"job_id\":\"" + mine + "\"}");
        assertThat(rows.get(6).toString()).isEqualTo("{\"row\":8,\"outcome\":\"rejected\",\"errors\":[{\"field\":"
                + "\"row\",\"message\":\"has the same company, position and applied_date as row 2: they name one job\"}]}");

        JsonNode updated = await().atMost(READABLE).until(() -> user.json(user.get("/api/jobs/" + mine)),
                job -> job.get("status").asString().equals("Offer"));
        assertThat(updated.get("notes").asString()).isEqualTo("now an offer");
        JsonNode good = await().atMost(READABLE).until(() -> user.get("/api/jobs/" + created)
                .expectBody(JsonNode.class).returnResult(), r -> r.getStatus().value() == 200).getResponseBody();
        assertThat(good.get("company").asString()).isEqualTo("Good Co");
        assertThat(good.get("applied_date").asString()).isEqualTo("2026-03-01");
    }

    @Test
    void tooManyRowsAndFilesThatAreNotCsvAreRefusedWithNothingAppended() {
        Api user = Api.newUser();
        int eventsBefore = EventTopic.eventsOf(user.userId).size();
        StringBuilder tooMany = new StringBuilder("company,position,status\n");
        for (int i = 1; i <= 5_001; i++) {
            tooMany.append("Company ").append(i).append(",Dev,Applied\n");
        }
        JsonNode refused = user.json(CsvFiles.upload(user.http, user, tooMany.toString(), false)
                .expectStatus().isEqualTo(413));
        assertThat(refused.get("type").asString()).isEqualTo("https://careervault.dev/problems/too-many-rows");
        assertThat(refused.get("max_rows").asInt()).isEqualTo(5_000);

        JsonNode unterminated = user.json(CsvFiles.upload(user.http, user,
                "company,position,status\nAcme,\"Dev,Applied\nInitech,Dev,Applied\n", false).expectStatus().isBadRequest());
        assertThat(unterminated.get("type").asString()).isEqualTo("https://careervault.dev/problems/invalid-request");
        assertThat(unterminated.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(unterminated.get("errors").get(0).get("message").asString()).startsWith("is not RFC 4180 CSV: ");

        JsonNode noFile = user.json(user.post("/api/jobs/import", "{}").expectStatus().isEqualTo(415));
        assertThat(noFile.get("status").asInt()).isEqualTo(415);
        JsonNode headerless = user.json(CsvFiles.upload(user.http, user, "company,position\nAcme,Dev\n", true)
                .expectStatus().isBadRequest());
        assertThat(fieldErrors(headerless)).containsExactly("file: has no column status in its header (the first "
                + "line); company, position and status are required");
        assertThat(EventTopic.eventsOf(user.userId)).hasSize(eventsBefore);
    }

    private static List<Integer> counts(JsonNode result) {
        return List.of(result.get("created").asInt(), result.get("updated").asInt(), result.get("unchanged").asInt(),
                result.get("rejected").asInt());
    }

    private static List<String> ids(Api user, String query) {
        EntityExchangeResult<byte[]> result = CsvFiles.export(user.http, user, query);
        assertThat(result.getStatus().value()).isEqualTo(200);
        List<CSVRecord> records = CsvFiles.records(text(result));
        assertThat(String.join(",", records.get(0).toList())).isEqualTo(CsvFiles.HEADER);
        return records.stream().skip(1).map(record -> record.get(0)).toList();
    }

    /** Every line but its first cell (the job id, which differs between accounts). */
    private static List<String> withoutJobIds(String csv) {
        List<String> rows = new ArrayList<>();
        for (CSVRecord record : CsvFiles.records(csv)) {
            rows.add(String.join("\u0000", record.toList().subList(1, record.size())));
        }
        return rows;
    }

    /** A problem's field errors as "field: message", in the order given (key order inside each is free). */
    private static List<String> fieldErrors(JsonNode problem) {
        return problem.get("errors").valueStream()
                .map(error -> error.get("field").asString() + ": " + error.get("message").asString()).toList();
    }

    private static String text(EntityExchangeResult<byte[]> result) {
        return result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
    }

    private static void publish(String userId, JobCreated job) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            EventEnvelope event = EventEnvelope.of(UUID.randomUUID().toString(), "/careervault/test", Instant.now(),
                    userId, job);
            producer.send(new ProducerRecord<>(Topics.EVENTS, userId, new EventCodec().encode(event))).get();
        }
    }
}
