package com.careervault.api.jobs;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.text.UnicodeText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One data row of an import, read under the JSON API's field rules: text in NFC and trimmed (blank is absent),
 * the limits and checks of {@link CreateJobRequest} (validated with the same annotations), the status in any
 * letter case, {@code applied_date} an ISO date and the date-times RFC 3339 with an offset, read strictly.
 * Tags are one cell joined with {@code ;}.
 *
 * @param number the row's record number (header = 1)
 * @param jobId the row's {@code job_id} in lower case, or null
 * @param fields the job as the row gives it; a column of the header left blank is in {@code cleared}
 * @param createdAt the row's {@code created_at}, or null
 * @param updatedAt the row's {@code updated_at}, or null
 * @param errors what is wrong with the row; when not empty the other components may be null
 */
record JobCsvRow(long number, String jobId, JobFields fields, Instant createdAt, Instant updatedAt,
        List<FieldProblem> errors) {

    private static final String DATE_TIME = "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T15:00:00Z";
    private static final List<String> CLEARABLE = List.of(JobCsv.LOCATION, JobCsv.SALARY_RANGE,
            JobCsv.APPLIED_DATE, JobCsv.URL, JobCsv.NOTES, JobCsv.INTERVIEW_AT, JobCsv.FOLLOW_UP_AT, JobCsv.TAGS,
            JobCsv.JOB_DESCRIPTION, JobCsv.SOURCE);

    boolean valid() {
        return errors.isEmpty();
    }

    /**
     * @param cells the row's cells by column, as {@link JobCsvFile#cells} gives them (null: too many cells)
     * @param now the import's time: {@code created_at} may not be later
     */
    static JobCsvRow read(long number, Map<String, String> cells, int columnCount, Validator validator,
            Instant now) {
        if (cells == null) {
            return new JobCsvRow(number, null, null, null, null,
                    List.of(new FieldProblem("row", "has more cells than the header has columns (" + columnCount
                            + ")")));
        }
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, String> text = new java.util.HashMap<>();
        cells.forEach((column, cell) -> text.put(column, Trimmed.text(UnicodeText.nfc(JobCsv.restored(cell)))));

        String jobId = text.get(JobCsv.JOB_ID);
        if (jobId != null) {
            if (jobId.matches(JobFields.JOB_ID)) {
                jobId = jobId.toLowerCase(Locale.ROOT);
            } else {
                errors.add(new FieldProblem(JobCsv.JOB_ID, "is not a job id (a UUID)"));
                jobId = null;
            }
        }
        JobStatus status = null;
        String statusText = text.get(JobCsv.STATUS);
        if (statusText == null) {
            errors.add(new FieldProblem(JobCsv.STATUS, "is required"));
        } else {
            try {
                status = JobStatus.parse(statusText);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem(JobCsv.STATUS, e.getMessage()));
            }
        }
        LocalDate appliedDate = null;
        String applied = text.get(JobCsv.APPLIED_DATE);
        if (applied != null) {
            try {
                appliedDate = LocalDate.parse(applied, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeException e) {
                errors.add(new FieldProblem(JobCsv.APPLIED_DATE, "must be an ISO date (YYYY-MM-DD)"));
            }
        }
        OffsetDateTime interviewAt = dateTime(text, JobCsv.INTERVIEW_AT, errors);
        OffsetDateTime followUpAt = dateTime(text, JobCsv.FOLLOW_UP_AT, errors);
        OffsetDateTime createdAt = dateTime(text, JobCsv.CREATED_AT, errors);
        OffsetDateTime updatedAt = dateTime(text, JobCsv.UPDATED_AT, errors);
        if (createdAt != null && createdAt.toInstant().isAfter(now)) {
            errors.add(new FieldProblem(JobCsv.CREATED_AT, "must not be in the future"));
        }
        String tagCell = text.get(JobCsv.TAGS);
        List<String> tags = tagCell == null ? null : Arrays.stream(tagCell.split(JobCsv.TAG_SEPARATOR))
                .map(tag -> tag.strip()).filter(tag -> !tag.isEmpty()).toList();

        CreateJobRequest request = new CreateJobRequest(text.get(JobCsv.COMPANY), text.get(JobCsv.POSITION), status,
                text.get(JobCsv.LOCATION), text.get(JobCsv.SALARY_RANGE), appliedDate, text.get(JobCsv.URL),
                text.get(JobCsv.NOTES), interviewAt, followUpAt, tags, text.get(JobCsv.JOB_DESCRIPTION),
                text.get(JobCsv.SOURCE));
        for (ConstraintViolation<CreateJobRequest> violation : validator.validate(request)) {
            String field = column(violation.getPropertyPath());
            if (errors.stream().noneMatch(problem -> problem.field().equals(field))) {
                errors.add(new FieldProblem(field, violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(problem -> order(problem.field())));
            return new JobCsvRow(number, jobId, null, null, null, List.copyOf(errors));
        }
        List<String> cleared = CLEARABLE.stream()
                .filter(column -> cells.containsKey(column) && text.get(column) == null).toList();
        JobFields fields = request.fields();
        fields = new JobFields(fields.company(), fields.position(), status, fields.location(), fields.salaryRange(),
                fields.appliedDate(), fields.url(), fields.notes(), fields.interviewAt(), fields.followUpAt(),
                tags == null || tags.isEmpty() ? null : fields.tags(), fields.jobDescription(), fields.source(), cleared);
        return new JobCsvRow(number, jobId, fields, createdAt == null ? null : createdAt.toInstant(),
                updatedAt == null ? null : updatedAt.toInstant(), List.of());
    }

    /**
     * The key of a row without a job of the caller's: HMAC-SHA256 (RFC 2104; hex) under the account's secret
     * salt ({@code ImportKeySalts}) of its company, position and applied date, each in NFC, in lower case, with
     * runs of white space as one space, joined with a line feed (no date: empty). Two rows that differ only in
     * letter case or spacing of these name the same job; without the salt, which is deleted with the account,
     * nobody can tell which company a key names.
     */
    String key(byte[] salt) {
        String canonical = normalised(fields.company()) + "\n" + normalised(fields.position()) + "\n"
                + (fields.appliedDate() == null ? "" : fields.appliedDate().toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** The job a row with this key creates for this user: a name-based UUID (RFC 9562 §5.3) of both. */
    static String jobIdFor(String userId, String key) {
        return name(userId + "\u0000csv-job\u0000" + key);
    }

    /** The id of the {@code job.created} event of that job, so that a retried batch appends the same event. */
    static String createdEventIdFor(String userId, String key) {
        return name(userId + "\u0000csv-created\u0000" + key);
    }

    private static String name(String value) {
        return UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static OffsetDateTime dateTime(Map<String, String> text, String column, List<FieldProblem> errors) {
        String value = text.get(column);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            errors.add(new FieldProblem(column, DATE_TIME));
            return null;
        }
    }

    /** The column of a violation of {@link CreateJobRequest}: its property in snake case. */
    private static String column(Path path) {
        String property = path.iterator().next().getName();
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static int order(String field) {
        int index = JobCsv.HEADER.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
