package com.careervault.contracts.events;

import java.util.List;

/**
 * The enricher's insights into one job's posting, and how well the user's resume matches it. Appended by the
 * enricher only; its event id is {@code EnrichmentInputs.eventId(jobId, inputHash, provider)}, so the same
 * input never produces two different events. The projector keeps it on the job only while the job still has
 * the posting text whose hash is {@code descriptionHash}; a result for an outdated posting or a deleted job is
 * ignored.
 *
 * @param inputHash {@code EnrichmentInputs.inputHash(descriptionHash, resumeHash)}
 * @param descriptionHash SHA-256 (lowercase hex) of the job's {@code job_description} this was computed from
 * @param resumeHash SHA-256 of the resume used; absent when the user had none (then {@code matchScore} is
 *        absent and {@code strengths} and {@code gaps} are empty)
 * @param provider the provider the enricher was configured to ask: {@code lexical}, {@code gemini} or
 *        {@code openai-compatible} ({@link com.careervault.contracts.enrichment.AiProviders})
 * @param model the model that produced the content (for a degraded result: the lexical one)
 * @param degraded true when the configured provider failed or was over its limits and the content comes from
 *        the offline {@code lexical} provider instead; such a result is final for this input
 * @param degradedReason why, when degraded: {@code timeout}, {@code provider-error}, {@code invalid-answer},
 *        {@code rate-limited} or {@code daily-budget}
 * @param summary the posting in a few sentences (at most 2,000 characters)
 * @param requiredSkills the skills the posting asks for, most important first (at most 30)
 * @param matchScore 0–100: how much of what the posting asks for the resume shows
 * @param strengths what in the resume meets the posting (at most 20)
 * @param gaps what the posting asks for that the resume does not show (at most 20)
 */
public record JobEnriched(String jobId, String inputHash, String descriptionHash, String resumeHash,
        String provider, String model, boolean degraded, String degradedReason, String summary,
        List<String> requiredSkills, Integer matchScore, List<String> strengths, List<String> gaps)
        implements JobEvent {

    public JobEnriched {
        Require.text(jobId, "job_id");
        Require.text(inputHash, "input_hash");
        Require.text(descriptionHash, "description_hash");
        Require.text(provider, "provider");
        Require.text(model, "model");
        Require.present(summary, "summary");
        if (matchScore != null && (matchScore < 0 || matchScore > 100)) {
            throw new IllegalArgumentException("match_score must be between 0 and 100");
        }
        if (degraded != (degradedReason != null)) {
            throw new IllegalArgumentException("degraded_reason is given exactly when degraded");
        }
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
