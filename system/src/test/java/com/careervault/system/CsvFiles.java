package com.careervault.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** The CSV export and import as a client calls them: a download, a multipart upload. */
final class CsvFiles {

    static final String HEADER = "job_id,company,position,status,location,salary_range,applied_date,url,notes,"
            + "interview_at,follow_up_at,tags,created_at,updated_at,wishlist_at,applied_at,screening_at,"
            + "interviewing_at,offer_at,accepted_at,rejected_at,withdrawn_at,ghosted_at,job_description,source";

    private CsvFiles() {
    }

    /** {@code GET /api/jobs/export.csv} with the query (may be empty): the answer, body as bytes. */
    static EntityExchangeResult<byte[]> export(WebTestClient http, Api user, String query) {
        // an export of 10,000 jobs is some MB, past the client's default in-memory limit (256 KB)
        return http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build()
                .get().uri("/api/jobs/export.csv" + (query.isEmpty() ? "" : "?" + query))
                .header("Authorization", user.bearer).exchange()
                .expectBody(byte[].class).returnResult();
    }

    /** The caller's export, which must succeed, as text. */
    static String exportText(Api user) {
        EntityExchangeResult<byte[]> result = export(user.http, user, "");
        if (result.getStatus().value() != 200) {
            throw new AssertionError("export answered " + result.getStatus() + ": " + text(result.getResponseBody()));
        }
        return text(result.getResponseBody());
    }

    /** {@code POST /api/jobs/import} of {@code csv} as the part {@code file}. */
    static WebTestClient.ResponseSpec upload(WebTestClient http, Api user, String csv, boolean dryRun) {
        return upload(http, user, csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    static WebTestClient.ResponseSpec upload(WebTestClient http, Api user, byte[] csv, boolean dryRun) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "jobs.csv";
            }
        }).contentType(MediaType.parseMediaType("text/csv"));
        return http.post().uri("/api/jobs/import" + (dryRun ? "?dry_run=true" : ""))
                .header("Authorization", user.bearer)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    /** The records of a CSV text, header first (RFC 4180, as the export writes it). */
    static List<CSVRecord> records(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records written back as RFC 4180 text. */
    static String write(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(text, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
