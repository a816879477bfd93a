package com.careervault.api.jobs;

import com.careervault.api.problems.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded jobs' CSV file, read whole before anything is decided (so that a file that is not CSV, or too
 * long, changes nothing): strict UTF-8 (a leading byte order mark is allowed and dropped), RFC 4180 through
 * Commons CSV, the first record the header.
 *
 * @param columns the header's column names, trimmed and in lower case (names match case-insensitively), by
 *        position; null for a column this API does not read
 * @param records the data rows, in file order
 * @param warnings what was read but will not be used
 */
record JobCsvFile(List<String> columns, List<CSVRecord> records, List<String> warnings) {

    static final String FIELD = "file";

    /** The columns a row of an import may have; the stage columns of an export are accepted and not read. */
    private static final Set<String> KNOWN = Set.copyOf(JobCsv.HEADER);
    private static final List<String> REQUIRED = List.of(JobCsv.COMPANY, JobCsv.POSITION, JobCsv.STATUS);

    /**
     * @throws InvalidRequestException (field {@code file}) when the bytes are not UTF-8, not RFC 4180 CSV (the
     *         message names the line), empty, or the header repeats a column or lacks company, position or status
     * @throws ImportTooLargeException when it has more than {@code maxRows} data rows
     */
    static JobCsvFile read(byte[] bytes, int maxRows) {
        String text = utf8(bytes);
        List<CSVRecord> records = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(text, JobCsv.FORMAT)) {
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                } else if (records.size() == maxRows) {
                    throw new ImportTooLargeException(maxRows);
                } else {
                    records.add(record);
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new InvalidRequestException(FIELD, "is not RFC 4180 CSV: " + cause.getMessage());
        } catch (IllegalStateException e) {
            throw new InvalidRequestException(FIELD, "is not RFC 4180 CSV: " + e.getMessage());
        }
        if (header == null) {
            throw new InvalidRequestException(FIELD, "is empty: its first line must be the header, e.g. "
                    + String.join(",", JobCsv.HEADER));
        }
        List<String> columns = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!seen.add(column) && !column.isEmpty()) {
                throw new InvalidRequestException(FIELD, "has the column '" + column + "' twice in its header");
            }
            if (KNOWN.contains(column)) {
                columns.add(column);
            } else {
                columns.add(null);
                warnings.add(column.isEmpty() ? "a column without a name is not read"
                        : "column '" + column + "' is not a column of the jobs' CSV: ignored");
            }
        }
        List<String> missing = REQUIRED.stream().filter(column -> !seen.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(FIELD, "has no column " + String.join(", ", missing)
                    + " in its header (the first line); company, position and status are required");
        }
        return new JobCsvFile(columns, records, warnings);
    }

    /** The cells of a record by column name (unknown columns left out); null when it has more cells than the header. */
    Map<String, String> cells(CSVRecord record) {
        if (record.size() > columns.size()) {
            return null;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                cells.put(columns.get(i), i < record.size() ? record.get(i) : "");
            }
        }
        return cells;
    }

    private static String utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(FIELD, "is not UTF-8 text: save it as CSV UTF-8");
        }
    }
}
