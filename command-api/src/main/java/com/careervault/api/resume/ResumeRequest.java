package com.careervault.api.resume;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.text.Normalizer;
import java.util.List;

/**
 * The body of {@code PUT /api/me/resume}: the resume as plain text, several lines allowed. Surrounding white
 * space is not part of it; it is kept in NFC and must be 1 to {@link #TEXT_MAX} code points.
 */
@Schema(name = "ResumeRequest", description = "The caller's resume as plain text. Surrounding white space is "
        + "dropped; the rest is kept as sent (in Unicode NFC).")
public record ResumeRequest(
        @Schema(description = "The resume's text: 1 to 50,000 characters (code points, after NFC), several lines "
                + "allowed, no control characters other than tab, line feed and carriage return.",
                example = "Backend engineer, 6 years of Java, Spring and Kafka.\nBuilt event-driven services.",
                minLength = 1, maxLength = TEXT_MAX, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") @Text(max = TEXT_MAX) String text) implements ApiRequest {

    /** The longest resume, in code points (the 50,000 characters). */
    public static final int TEXT_MAX = 50_000;

    public ResumeRequest {
        text = text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        return text != null && text.isEmpty() ? List.of(new FieldProblem("text", "must not be empty"))
                : List.of();
    }

    /** Without the text: a record's default toString would put the resume in any log line that prints it. */
    @Override
    public String toString() {
        return "ResumeRequest[text=(" + (text == null ? "absent" : text.codePointCount(0, text.length())
                + " code points") + ")]";
    }
}
