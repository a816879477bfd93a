package com.careervault.api.jobs;

import com.careervault.api.problems.FieldProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a CSV import did (or, in a dry run, would do): counts, then one entry per data row, in file order. */
@Schema(name = "ImportResult", description = "What a CSV import did (in a dry run: would do), row by row.")
public record ImportResult(
        @Schema(description = "True when nothing was changed: the rows say what would happen.",
                requiredMode = Schema.RequiredMode.REQUIRED) boolean dryRun,
        @Schema(description = "Rows that created a job.", example = "2", requiredMode = Schema.RequiredMode.REQUIRED)
        int created,
        @Schema(description = "Rows that changed one of the caller's jobs (named by `job_id`).", example = "0",
                requiredMode = Schema.RequiredMode.REQUIRED) int updated,
        @Schema(description = "Rows whose job already is as the row says (a re-import).", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) int unchanged,
        @Schema(description = "Rows not imported; each says why in `errors`.", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) int rejected,
        @ArraySchema(arraySchema = @Schema(description = "One entry per data row, in file order.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<Row> rows,
        @ArraySchema(arraySchema = @Schema(description = "What was read but not used, e.g. a column this API "
                + "does not know.", requiredMode = Schema.RequiredMode.REQUIRED),
                schema = @Schema(example = "column 'contact' is not a column of the jobs' CSV: ignored"))
        List<String> warnings) {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String REJECTED = "rejected";

    static ImportResult of(boolean dryRun, List<Row> rows, List<String> warnings) {
        return new ImportResult(dryRun, count(rows, CREATED), count(rows, UPDATED), count(rows, UNCHANGED),
                count(rows, REJECTED), rows, warnings);
    }

    private static int count(List<Row> rows, String outcome) {
        return (int) rows.stream().filter(row -> row.outcome().equals(outcome)).count();
    }

    /** One data row's outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportRow", description = "What became of one data row.")
    public record Row(
            @Schema(description = "The row's record number in the file; the header is 1 (a quoted cell with line "
                    + "breaks makes one record of several lines).", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED) long row,
            @Schema(description = "`created`, `updated`, `unchanged` or `rejected`.", allowableValues = {
                    ImportResult.CREATED, ImportResult.UPDATED, ImportResult.UNCHANGED, ImportResult.REJECTED},
                    example = "created", requiredMode = Schema.RequiredMode.REQUIRED) String outcome,
            @Schema(description = "The job the row created, changed or matched.", format = "uuid",
                    example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23") String jobId,
            @ArraySchema(arraySchema = @Schema(description = "Why the row was rejected: one entry per bad cell, "
                    + "named by its column (`row` for the row as a whole)."))
            List<FieldProblem> errors) {

        static Row rejected(long row, List<FieldProblem> errors) {
            return new Row(row, REJECTED, null, List.copyOf(errors));
        }

        static Row rejected(long row, String field, String message) {
            return rejected(row, List.of(new FieldProblem(field, message)));
        }
    }
}
