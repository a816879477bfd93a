package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.jobs.JobStatus;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The CSV file's cells and rows, read and written without a server (the API's behaviour is in the system tests). */
class JobCsvTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final byte[] SALT = "an account's import salt of 32 bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void formulaCellsGetOneApostropheAndTheImportTakesExactlyThatOff() {
        for (String formula : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1:A2)", "\tx", "\rx")) {
            assertThat(JobCsv.inert(formula)).isEqualTo("'" + formula);
            assertThat(JobCsv.restored(JobCsv.inert(formula))).isEqualTo(formula);
        }
        assertThat(JobCsv.inert("Acme")).isEqualTo("Acme");
        assertThat(JobCsv.inert("'quoted")).isEqualTo("'quoted");
        assertThat(JobCsv.restored("'quoted")).isEqualTo("'quoted");
        assertThat(JobCsv.restored("'")).isEqualTo("'");
        assertThat(JobCsv.restored("''=1")).isEqualTo("''=1");
    }

    @Test
    void theHeaderHasTheJobsColumnsThenOneColumnPerStatus() {
        assertThat(String.join(",", JobCsv.HEADER)).isEqualTo("job_id,company,position,status,location,salary_range,"
                + "applied_date,url,notes,interview_at,follow_up_at,tags,created_at,updated_at,wishlist_at,applied_at,"
                + "screening_at,interviewing_at,offer_at,accepted_at,rejected_at,withdrawn_at,ghosted_at,job_description,source");
    }

    @Test
    void theJobDescriptionIsTheCellBeforeTheSourceAndComesBackFromTheFileAsItWent() throws IOException {
        String description = "- Java and Kafka, 5 years\r\n- \"DynamoDB\" is a plus; remote, EU\n\tTeam of 6";
        JobView job = new JobView("0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", "Acme", "Backend Engineer", "Applied",
                null, null, null, null, null, null, null, null, "2026-11-20T10:15:30.123456Z", null, null, "0-7",
                description, JobView.AI_PENDING, null);
        List<String> cells = JobCsvExport.cells(job);
        assertThat(cells).hasSize(JobCsv.HEADER.size());
        // it starts with "-": made inert like any other cell
        assertThat(cells.get(cells.size() - 2)).isEqualTo("'" + description);

        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, JobCsv.FORMAT)) {
            printer.printRecord(JobCsv.HEADER);
            printer.printRecord(cells);
            List<String> tooLong = new ArrayList<>(cells);
            tooLong.set(0, "");
            tooLong.set(cells.size() - 2, "d".repeat(JobFields.JOB_DESCRIPTION_MAX + 1));
            printer.printRecord(tooLong);
        }
        JobCsvFile file = JobCsvFile.read(bytes(text.toString()), 10);
        JobCsvRow row = JobCsvRow.read(2, file.cells(file.records().get(0)), file.columns().size(), VALIDATOR, NOW);
        assertThat(row.errors()).isEmpty();
        assertThat(row.fields().jobDescription()).isEqualTo(description);
        assertThat(row.fields().company()).isEqualTo("Acme");
        JobCsvRow tooLong = JobCsvRow.read(3, file.cells(file.records().get(1)), file.columns().size(), VALIDATOR,
                NOW);
        assertThat(tooLong.errors()).containsExactly(
                new FieldProblem("job_description", "must be at most 20000 characters"));
    }

    @Test
    void theSourceIsTheLastCellComesBackAsItWentAndABlankCellOfTheHeaderClearsIt() throws IOException {
        JobView job = new JobView("0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", "Acme", "Backend Engineer", "Applied",
                null, null, null, null, null, null, null, null, "2026-11-20T10:15:30.123456Z", null, null, "0-7",
                null, JobView.AI_NONE, null, "=Referral", null);
        List<String> cells = JobCsvExport.cells(job);
        assertThat(cells).hasSize(JobCsv.HEADER.size());
        // it starts with "=": made inert like any other cell
        assertThat(cells.get(cells.size() - 1)).isEqualTo("'=Referral");

        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, JobCsv.FORMAT)) {
            printer.printRecord(JobCsv.HEADER);
            printer.printRecord(cells);
            List<String> blank = new ArrayList<>(cells);
            blank.set(cells.size() - 1, " ");
            printer.printRecord(blank);
            List<String> tooLong = new ArrayList<>(cells);
            tooLong.set(0, "");
            tooLong.set(cells.size() - 1, "s".repeat(JobFields.SOURCE_MAX + 1));
            printer.printRecord(tooLong);
        }
        JobCsvFile file = JobCsvFile.read(bytes(text.toString()), 10);
        JobCsvRow row = JobCsvRow.read(2, file.cells(file.records().get(0)), file.columns().size(), VALIDATOR, NOW);
        assertThat(row.errors()).isEmpty();
        assertThat(row.fields().source()).isEqualTo("=Referral");
        JobCsvRow blank = JobCsvRow.read(3, file.cells(file.records().get(1)), file.columns().size(), VALIDATOR, NOW);
        assertThat(blank.fields().source()).isNull();
        assertThat(blank.fields().cleared()).contains("source");
        JobCsvRow tooLong = JobCsvRow.read(4, file.cells(file.records().get(2)), file.columns().size(), VALIDATOR,
                NOW);
        assertThat(tooLong.errors()).containsExactly(new FieldProblem("source", "must be at most 100 characters"));
    }

    @Test
    void headerNamesMatchInAnyCaseAndUnknownColumnsAreWarnings() {
        JobCsvFile file = JobCsvFile.read(bytes(" Company ,POSITION,Status,Contact\r\nAcme,Dev,applied,Sam\r\n"), 10);
        assertThat(file.columns()).containsExactly("company", "position", "status", null);
        assertThat(file.warnings()).containsExactly("column 'contact' is not a column of the jobs' CSV: ignored");
        JobCsvRow row = JobCsvRow.read(2, file.cells(file.records().get(0)), 4, VALIDATOR, NOW);
        assertThat(row.errors()).isEmpty();
        assertThat(row.fields().company()).isEqualTo("Acme");
        assertThat(row.fields().status()).isEqualTo(JobStatus.Applied);
    }

    @Test
    void aFileThatIsNotCsvOrLacksRequiredColumnsIsAFieldErrorOnFile() {
        assertThat(problems(() -> JobCsvFile.read(bytes("company,position,status\r\n\"Acme,Dev,Applied\r\n"), 10)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("file");
                    assertThat(problem.message()).startsWith("is not RFC 4180 CSV: ");
                });
        assertThat(problems(() -> JobCsvFile.read(bytes("company,position\r\nAcme,Dev\r\n"), 10)))
                .containsExactly(new FieldProblem("file", "has no column status in its header (the first line); "
                        + "company, position and status are required"));
        assertThat(problems(() -> JobCsvFile.read(new byte[] {'c', (byte) 0xC3, '\n'}, 10)))
                .containsExactly(new FieldProblem("file", "is not UTF-8 text: save it as CSV UTF-8"));
        assertThat(problems(() -> JobCsvFile.read(new byte[0], 10))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("is empty"));
    }

    @Test
    void moreRowsThanAllowedAreRefusedWhole() {
        assertThatThrownBy(() -> JobCsvFile.read(bytes("company,position,status\nA,B,Applied\nC,D,Applied\n"), 1))
                .isInstanceOf(ImportTooLargeException.class);
        assertThat(JobCsvFile.read(bytes("company,position,status\nA,B,Applied\n\n"), 1).records()).hasSize(1);
    }

    @Test
    void rowsFollowTheApisFieldRules() {
        JobCsvFile file = JobCsvFile.read(bytes(String.join(",", JobCsv.HEADER) + "\r\n"
                + "not-a-uuid,,Dev,Hired,,,2026-02-30,ftp://x,,tomorrow,,a;b,2099-01-01T00:00:00Z,,,,,,,,,,\r\n"
                + ",  Cafe\u0301 ,'=1+1,OFFER,,,2026-11-20,https://x.example/1,,2026-12-01T16:00:00+01:00,,"
                + " remote ; backend;remote;,2026-11-20T10:15:30.123456Z,,,,,,,,,,\r\n"
                + ",Acme," + "x".repeat(201) + ",Applied\r\n"
                + ",Acme,Dev,Applied,,,,,,,,,,,,,,,,,,,,,,extra\r\n"), 10);
        List<JobCsvRow> rows = file.records().stream()
                .map(record -> JobCsvRow.read(record.getRecordNumber(), file.cells(record), file.columns().size(),
                        VALIDATOR, NOW))
                .toList();

        assertThat(rows.get(0).errors()).containsExactly(
                new FieldProblem("job_id", "is not a job id (a UUID)"),
                new FieldProblem("company", "is required"),
                new FieldProblem("status", "unknown job status 'Hired'; allowed: " + JobStatus.ALLOWED),
                new FieldProblem("applied_date", "must be an ISO date (YYYY-MM-DD)"),
                new FieldProblem("url", "must be an absolute http(s) URL"),
                new FieldProblem("interview_at", "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T15:00:00Z"),
                new FieldProblem("created_at", "must not be in the future"));

        JobCsvRow good = rows.get(1);
        assertThat(good.errors()).isEmpty();
        assertThat(good.number()).isEqualTo(3);
        assertThat(good.fields().company()).isEqualTo("Caf\u00e9");
        assertThat(good.fields().position()).isEqualTo("=1+1");
        assertThat(good.fields().status()).isEqualTo(JobStatus.Offer);
        assertThat(good.fields().appliedDate()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(good.fields().interviewAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(good.fields().tags()).containsExactly("remote", "backend");
        assertThat(good.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:15:30.123456Z"));
        assertThat(good.fields().cleared()).containsExactly("location", "salary_range", "notes", "follow_up_at",
                "job_description", "source");
        // the key ignores letter case and spacing of company and position
        assertThat(good.key(SALT)).hasSize(64);

        assertThat(rows.get(2).errors()).containsExactly(new FieldProblem("position", "must be at most 200 characters"));
        assertThat(rows.get(3).errors()).containsExactly(
                new FieldProblem("row", "has more cells than the header has columns (25)"));
    }

    @Test
    void theKeyOfARowIgnoresLetterCaseAndSpacing() {
        JobCsvFile file = JobCsvFile.read(bytes("company,position,status,applied_date\n"
                + "Acme  Corp,Dev,Applied,2026-01-02\nACME CORP,dev,Offer,2026-01-02\nAcme Corp,Dev,Applied,\n"), 10);
        List<String> keys = file.records().stream()
                .map(record -> JobCsvRow.read(record.getRecordNumber(), file.cells(record), 4, VALIDATOR, NOW))
                .map(row -> row.key(SALT)).toList();
        assertThat(keys.get(0)).isEqualTo(keys.get(1)).isNotEqualTo(keys.get(2));
        // another account's salt gives other keys: a key says nothing without its account's salt
        JobCsvRow first = JobCsvRow.read(1, file.cells(file.records().get(0)), 4, VALIDATOR, NOW);
        assertThat(first.key("another account's salt, 32 bytes".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(keys.get(0));
        assertThat(JobCsvRow.jobIdFor("u1", keys.get(0))).isEqualTo(JobCsvRow.jobIdFor("u1", keys.get(1)))
                .isNotEqualTo(JobCsvRow.jobIdFor("u2", keys.get(0)));
    }

    private static List<FieldProblem> problems(Runnable call) {
        try {
            call.run();
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        throw new AssertionError("no InvalidRequestException");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
