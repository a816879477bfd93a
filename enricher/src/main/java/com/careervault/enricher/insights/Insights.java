package com.careervault.enricher.insights;

import java.util.List;

/**
 * A provider's answer, as it goes into {@code JobEnriched}: {@code summary} at most 2,000 characters, at most
 * 30 {@code requiredSkills} (each at most 100), {@code matchScore} 0–100 or null without a resume, at most 20
 * {@code strengths} and 20 {@code gaps} (each at most 300).
 */
public record Insights(String summary, List<String> requiredSkills, Integer matchScore, List<String> strengths,
        List<String> gaps) {

    public Insights {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
