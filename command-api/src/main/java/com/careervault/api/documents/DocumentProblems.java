package com.careervault.api.documents;

import com.careervault.api.problems.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The documents API's own problems (RFC 9457). Each names the part {@code file} in {@code errors}, as the
 * field problems of a 400 do, so that a client shows it next to the file input.
 */
public final class DocumentProblems {

    static final String FILE = "file";

    private DocumentProblems() {
    }

    /**
     * 413 {@code payload-too-large}: the file passed the size limit while it was read (or the request's
     * {@code Content-Length} says it will: {@code RequestLimitsFilter}).
     */
    public static ErrorResponseException tooLarge(long maxBytes) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "The file is larger than the " + maxBytes + " bytes a document may have", maxBytes);
    }

    /** 413 {@code document-quota-exceeded}: the file does not fit in what is left of the user's quota. */
    static ErrorResponseException quotaExceeded(long maxBytes) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "document-quota-exceeded",
                "The file does not fit in your document quota of " + maxBytes + " bytes", maxBytes);
    }

    /** 415 {@code unsupported-document-type}: the bytes are none of PDF, DOCX, plain text or Markdown. */
    static ErrorResponseException unsupported() {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type",
                "The file is not a PDF, DOCX, plain text or Markdown file (checked from its content)", null);
    }

    /** 415 {@code document-type-mismatch}: the bytes are of one accepted type, the name claims another. */
    static ErrorResponseException mismatch(DocumentType found, DocumentType claimed) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document-type-mismatch",
                "The file's content is " + found.mediaType() + " but its name ends with ." + claimed.extension()
                        + ": rename it or upload the intended file", null);
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail, Long maxBytes) {
        ProblemDetail problem = Problems.of(status, type, detail);
        if (maxBytes != null) {
            problem.setProperty("max_bytes", maxBytes);
        }
        problem.setProperty("errors", List.of(Map.of("field", FILE, "message", detail)));
        return new ErrorResponseException(status, problem, null);
    }
}
