package com.careervault.api.resume;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The caller's stored resume, as {@code GET /api/me/resume} answers it and the account export holds it
 * (snake_case on the wire).
 *
 * @param text the resume as stored (NFC, trimmed)
 * @param resumeHash lowercase hex SHA-256 of the text's UTF-8 bytes ({@code EnrichmentInputs.hash}), as
 *        {@code careervault.user.resume-changed.v1} and the AI insights' {@code resume_hash} carry it
 * @param length the text's length in code points
 * @param updatedAt when it was stored (RFC 3339, UTC, six fraction digits)
 */
@Schema(name = "Resume", description = "The caller's resume, which the AI insights compare job postings with.")
public record Resume(
        @Schema(description = "The resume's text, as stored (trimmed, Unicode NFC).",
                example = "Backend engineer, 6 years of Java, Spring and Kafka.\nBuilt event-driven services.",
                maxLength = ResumeRequest.TEXT_MAX, requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Schema(description = "SHA-256 of the text's UTF-8 bytes, lowercase hex: the `resume_hash` of the AI "
                + "insights computed with this resume.", pattern = "^[0-9a-f]{64}$",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                requiredMode = Schema.RequiredMode.REQUIRED) String resumeHash,
        @Schema(description = "The text's length in characters (code points).", example = "86", minimum = "1",
                maximum = "" + ResumeRequest.TEXT_MAX, requiredMode = Schema.RequiredMode.REQUIRED) int length,
        @Schema(description = "When it was stored (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T10:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String updatedAt) {

    /** Without the text: a record's default toString would put the resume in any log line that prints it. */
    @Override
    public String toString() {
        return "Resume[resumeHash=" + resumeHash + ", length=" + length + ", updatedAt=" + updatedAt + "]";
    }
}
