package com.careervault.contracts.events;

/**
 * The user stored a new resume text, or removed it ({@code resumeHash} absent). The text itself is never in
 * the log (the log is kept forever and a resume must be deletable): the command API keeps it in
 * {@code CareerVault-Resumes} and the event carries only its SHA-256 ({@code
 * com.careervault.contracts.enrichment.EnrichmentInputs#hash}), so that the enricher knows to score the
 * user's jobs again. Carries no personal data, so it is never encrypted.
 *
 * @param resumeHash lowercase hex SHA-256 of the resume's UTF-8 text; absent when the resume was removed
 * @param length the resume's length in code points; absent when removed
 */
public record UserResumeChanged(String userId, String resumeHash, Integer length) implements UserEvent {

    public UserResumeChanged {
        Require.text(userId, "user_id");
        if ((resumeHash == null) != (length == null)) {
            throw new IllegalArgumentException("resume_hash and length are given together or not at all");
        }
    }

    /** Whether the user removed their resume. */
    public boolean removed() {
        return resumeHash == null;
    }
}
