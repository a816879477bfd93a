package com.careervault.api.jobs;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.contracts.events.JobDocumentsPinned;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The body of {@code PUT /api/jobs/{jobId}/documents}: the whole set of versions to pin, replacing the job's. */
@Schema(name = "PinDocumentsRequest", description = "The versions of library documents to pin to the job, as a "
        + "whole: it replaces the set the job has (an empty list unpins all). At most one version of each document.")
public record PinDocumentsRequest(
        @ArraySchema(arraySchema = @Schema(description = "The versions, in the order to show them.",
                requiredMode = Schema.RequiredMode.REQUIRED), maxItems = JobDocumentsPinned.MAX)
        @NotNull(message = "is required")
        @Size(max = JobDocumentsPinned.MAX, message = "must have at most {max} items")
        List<VersionReference> documents) implements ApiRequest {

    private static final Pattern UUID_TEXT = Pattern.compile(JobIds.PATTERN);

    /** One version of one of the caller's documents. */
    @Schema(name = "DocumentVersionReference", description = "A version of one of the caller's documents.")
    public record VersionReference(
            @Schema(description = "The library document.", format = "uuid",
                    example = "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", requiredMode = Schema.RequiredMode.REQUIRED)
            String documentId,
            @Schema(description = "The version's number.", minimum = "1", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (documents == null) {
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            VersionReference reference = documents.get(i);
            String at = "documents[" + i + "]";
            if (reference == null) {
                problems.add(new FieldProblem(at, "must be an object with document_id and version"));
                continue;
            }
            if (reference.documentId() == null) {
                problems.add(new FieldProblem(at + ".document_id", "is required"));
            } else if (!UUID_TEXT.matcher(reference.documentId()).matches()) {
                problems.add(new FieldProblem(at + ".document_id", "must be a document id (a UUID)"));
            } else if (!seen.add(reference.documentId())) {
                problems.add(new FieldProblem(at + ".document_id",
                        "is given twice: pin one version of each document"));
            }
            if (reference.version() == null) {
                problems.add(new FieldProblem(at + ".version", "is required"));
            } else if (reference.version() < 1) {
                problems.add(new FieldProblem(at + ".version", "must be at least 1"));
            }
        }
        return problems;
    }
}
