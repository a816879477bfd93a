package com.careervault.api.jobs;

import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.Problems;
import com.careervault.api.requests.RequestBytes;
import com.careervault.api.web.RequestLimitsProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The caller's jobs as a CSV file, out ({@code export.csv}) and in ({@code import}); the format is {@link JobCsv}. */
@Tag(name = OpenApiConfiguration.TAG_JOBS)
@RestController
@RequestMapping("/api/jobs")
public class JobCsvController {

    static final String TEXT_CSV_UTF8 = "text/csv;charset=UTF-8";

    private final JobCsvExport export;
    private final JobCsvImport imports;
    private final RequestLimitsProperties limits;
    private final Clock clock;

    public JobCsvController(JobCsvExport export, JobCsvImport imports, RequestLimitsProperties limits, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.limits = limits;
        this.clock = clock;
    }

    @Operation(operationId = "exportJobsCsv", summary = "Download the caller's jobs as CSV",
            description = "Every live job of the caller, oldest first, as an RFC 4180 CSV file in UTF-8 without a "
                    + "byte order mark, with a header row: `job_id, company, position, status, location, "
                    + "salary_range, applied_date, url, notes, interview_at, follow_up_at, tags` (joined with `;`), "
                    + "`created_at, updated_at`, then one column per status (`wishlist_at` ... `ghosted_at`: when the "
                    + "job first reached it, RFC 3339 UTC; from the status history, which keeps the newest 20 "
                    + "steps), then `job_description` (the posting's text, several lines in one quoted cell) and "
                    + "`source` (where the application came from). A "
                    + "cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, "
                    + "tab or carriage return) is written with a leading `'`; the import takes it off again. With "
                    + "`from` and/or `to`, only jobs whose `applied_date` is within them (inclusive): proof of "
                    + "search for a period. Streamed page by page from the read model (a job recorded a moment "
                    + "ago may be missing for a moment).")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Only jobs applied on or after this day "
            + "(ISO 8601 date).", schema = @Schema(type = "string", format = "date", example = "2026-01-01"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Only jobs applied on or before this day "
            + "(ISO 8601 date); not before `from`.",
            schema = @Schema(type = "string", format = "date", example = "2026-03-31"))
    @ApiResponse(responseCode = "200", description = "The file, as an attachment "
            + "`careervault-jobs-YYYY-MM-DD.csv` (today, UTC).",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "The file's name.",
                    schema = @Schema(type = "string",
                            example = "attachment; filename=\"careervault-jobs-2026-12-01.csv\"")),
            content = @Content(mediaType = TEXT_CSV_UTF8, schema = @Schema(type = "string", example =
                    "job_id,company,position,status,location,salary_range,applied_date,url,notes,interview_at,"
                    + "follow_up_at,tags,created_at,updated_at,wishlist_at,applied_at,screening_at,interviewing_at,"
                    + "offer_at,accepted_at,rejected_at,withdrawn_at,ghosted_at,job_description,source\r\n"
                    + "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23,Google,Software Engineer,Applied,\"Mountain View, CA\","
                    + "$120k-$180k,2026-11-20,https://careers.google.com/jobs/123,,,,backend;remote,"
                    + "2026-11-20T10:15:30.123456Z,,,2026-11-20T10:15:30.123456Z,,,,,,,,\"We are looking for a backend "
                    + "engineer.\r\nJava, Kafka.\",LinkedIn\r\n")))
    @GetMapping(path = "/export.csv", produces = {TEXT_CSV_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Flux<DataBuffer>> exportCsv(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            ServerWebExchange exchange) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = date("from", from, problems);
        LocalDate last = date("to", to, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new FieldProblem("to", "must not be before from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String filename = "careervault-jobs-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CSV_UTF8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.write(token.getSubject(), first, last, exchange.getResponse().bufferFactory()));
    }

    /** The multipart body of an import, for the OpenAPI document. */
    @Schema(name = "JobImportUpload", description = "The file to import, as a multipart/form-data part `file`.")
    public record Upload(
            @Schema(description = "The CSV file (UTF-8, RFC 4180, header row; the export's columns, names in any "
                    + "letter case; company, position and status required).", type = "string", format = "binary",
                    requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }

    @Operation(operationId = "importJobsCsv", summary = "Import jobs from a CSV file",
            description = "Reads a CSV file with the export's columns (header names in any letter case; columns "
                    + "it does not know are ignored and listed in `warnings`; `company`, `position` and `status` "
                    + "are required, the stage columns `*_at` of an export are not read) and records each data "
                    + "row under the same field rules as `createJob`. Every row is idempotent: a row whose "
                    + "`job_id` is one of the caller's jobs changes that job to what the row says (a blank cell "
                    + "clears that field) or is `unchanged`; any other row names the job derived from the caller "
                    + "and a hash of its company, position and applied date (letter case and spacing ignored), "
                    + "which is `created` (keeping the row's `created_at` and `updated_at`) or, if the caller has "
                    + "it already, `unchanged`. So importing the same file again creates nothing. Bad rows are "
                    + "`rejected` with field errors named by column while the others are recorded. With "
                    + "`dry_run=true` nothing changes and the answer says what would happen. At most 5,000 data "
                    + "rows (more: 413 `too-many-rows`, nothing imported) and 10 MB by default. Rows that would "
                    + "take the account past its limit of live jobs are rejected with the reason; an import that "
                    + "creates jobs counts as one create against the account's create rate (429 "
                    + "`create-rate-exceeded`). Events are appended in transactions of up to 500: a 503 "
                    + "(`import-interrupted`, with `Retry-After` and `rows_recorded`) means some batches were "
                    + "recorded and the rest not; send the same file again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = Upload.class),
                    encoding = @Encoding(name = "file", contentType = "text/csv"))))
    @Parameter(name = "dry_run", in = ParameterIn.QUERY, description = "`true`: change nothing, answer what "
            + "would happen.", schema = @Schema(type = "boolean", defaultValue = "false"))
    @ApiResponse(responseCode = "200", description = "Row by row, what was done (or would be, in a dry run).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(responseCode = "413", description = "More than 5,000 data rows (`too-many-rows`, with the member "
            + "`max_rows`) or a file larger than the import's limit (`payload-too-large`); nothing was imported.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "503", description = "The event log, the read model or the quota table is "
            + "unavailable. `import-interrupted`: some batches were recorded (the member `rows_recorded`), the rest "
            + "not; other "
            + "types: nothing was recorded. Either way, send the same file again after `Retry-After`.",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before sending it again.",
                    schema = @Schema(type = "integer", example = "5")),
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ImportResult> importCsv(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "dry_run", required = false) String dryRun, ServerWebExchange exchange) {
        boolean dry = flag("dry_run", dryRun);
        long maxBytes = limits.maxImportSize().toBytes();
        return exchange.getMultipartData().flatMap(parts -> {
            Part file = parts.getFirst("file");
            if (file == null) {
                return Mono.error(new InvalidRequestException(JobCsvFile.FIELD,
                        "is required: send the CSV file as the multipart/form-data part 'file'"));
            }
            return RequestBytes.of(DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE, maxBytes)))
                    .onErrorMap(DataBufferLimitException.class, e -> fileTooLarge(maxBytes));
        }).flatMap(bytes -> imports.run(token.getSubject(), bytes, dry));
    }

    static ErrorResponseException fileTooLarge(long maxBytes) {
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large", "The file is larger than the " + maxBytes + " bytes an import accepts; split "
                        + "it into smaller files"), null);
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(name, "must be an ISO date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidRequestException(name, "must be true or false");
    }
}
