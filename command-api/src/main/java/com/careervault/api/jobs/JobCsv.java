package com.careervault.api.jobs;

import com.careervault.contracts.jobs.JobStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * The jobs' CSV file, as {@code GET /api/jobs/export.csv} writes it and {@code POST /api/jobs/import} reads it:
 * RFC 4180 (comma, double quotes, CRLF), UTF-8 without a byte order mark, one header row with the columns of
 * {@link #HEADER}: the job's fields, one column per stage, then {@code job_description} and {@code source}.
 *
 * <p>Cells a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return: the
 * OWASP "CSV injection" list) are written with a leading apostrophe, which spreadsheets show as text; the
 * import takes exactly that one apostrophe off again ({@link #inert}, {@link #restored}).
 */
final class JobCsv {

    /** RFC 4180 as Commons CSV spells it; blank lines (a trailing newline) are not records. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    static final String JOB_ID = "job_id";
    static final String COMPANY = "company";
    static final String POSITION = "position";
    static final String STATUS = "status";
    static final String LOCATION = "location";
    static final String SALARY_RANGE = "salary_range";
    static final String APPLIED_DATE = "applied_date";
    static final String URL = "url";
    static final String NOTES = "notes";
    static final String INTERVIEW_AT = "interview_at";
    static final String FOLLOW_UP_AT = "follow_up_at";
    static final String TAGS = "tags";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    /** The posting's text: the last column (added after the stage columns, so older files still line up). */
    static final String JOB_DESCRIPTION = "job_description";
    /** Where the application came from: after {@link #JOB_DESCRIPTION}, for the same reason. */
    static final String SOURCE = "source";

    /** The job's own columns, in file order. */
    static final List<String> FIELDS = List.of(JOB_ID, COMPANY, POSITION, STATUS, LOCATION, SALARY_RANGE,
            APPLIED_DATE, URL, NOTES, INTERVIEW_AT, FOLLOW_UP_AT, TAGS, CREATED_AT, UPDATED_AT);

    /** One column per status, {@code wishlist_at} ... {@code ghosted_at}: when the job first reached it. */
    static final List<String> STAGES = Arrays.stream(JobStatus.values()).map(JobCsv::stageColumn).toList();

    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(FIELDS);
        header.addAll(STAGES);
        header.add(JOB_DESCRIPTION);
        header.add(SOURCE);
        HEADER = List.copyOf(header);
    }

    /** Tags are one cell, joined with this (a tag cannot hold it: the import splits on it). */
    static final String TAG_SEPARATOR = ";";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private JobCsv() {
    }

    static String stageColumn(JobStatus status) {
        return status.name().toLowerCase(Locale.ROOT) + "_at";
    }

    /** The cell as written: a value a spreadsheet would read as a formula gets a leading {@code '}. */
    static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value of a cell {@link #inert} wrote: the one leading {@code '} before a formula start is dropped. */
    static String restored(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
