package com.careervault.enricher.insights.lexical;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.enricher.insights.InsightProvider;
import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;
import com.careervault.enricher.insights.ModelAnswer;

/**
 * The offline provider: no network, no key, deterministic (the same request gives the same insights, to the byte).
 *
 * <ul>
 * <li>Terms: lowercase tokens of Unicode letters and digits (technical terms such as {@code c++}, {@code c#},
 * {@code node.js}, {@code ci/cd} kept whole), stop words dropped, known skills ({@code lexical/skills.txt},
 * multi-word ones included) recognised as one term.</li>
 * <li>Weights: TF-IDF over the user's own postings (the posting plus {@link InsightRequest#otherPostings()}):
 * {@code (1 + ln tf) × (ln((1 + N) / (1 + df)) + 1)}, × {@value #SKILL_BOOST} for skills, so that skills are the
 * heaviest terms and words every posting of the user shares weigh least.</li>
 * <li>{@code requiredSkills}: the posting's skills by weight (at most 30). {@code matchScore}: the weighted share,
 * 0–100 rounded, of the posting's {@value #SCORED_TERMS} heaviest terms that the resume contains (null without a
 * resume). {@code strengths} and {@code gaps}: of those scored terms, the heaviest skills the resume has and
 * lacks, or the heaviest plain terms where it has or lacks no skill (at most {@value #POINTS} each), so that a
 * score below 100 always comes with what lowers it.</li>
 * <li>{@code summary}: the posting's {@value #SUMMARY_SENTENCES} best sentences (sum of their distinct terms'
 * weights over the square root of their count), in the posting's order, at most 2,000 characters.</li>
 * </ul>
 * Ties are broken by first appearance, never by hash order.
 */
public final class LexicalProvider implements InsightProvider {

    /** The model name recorded in {@code JobEnriched.model}; bump it when the method's results change. */
    public static final String MODEL = "lexical-1";

    static final double SKILL_BOOST = 3.0;
    static final int SCORED_TERMS = 40;
    static final int POINTS = 10;
    static final int SUMMARY_SENTENCES = 3;
    private static final int SENTENCE_MIN_TERMS = 5;

    private final Terms terms;

    public LexicalProvider() {
        this.terms = new Terms(Vocabulary.load());
    }

    @Override
    public String name() {
        return AiProviders.LEXICAL;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Insights insights(InsightRequest request) {
        String posting = request.jobDescription() == null ? "" : request.jobDescription();
        Map<String, Double> weights = weights(posting, request.otherPostings());
        List<String> ranked = new ArrayList<>(weights.keySet());
        // Stable sort over first-seen order: equal weights keep the posting's order.
        ranked.sort(Comparator.comparing((String key) -> weights.get(key)).reversed());
        Set<String> skills = skillKeys(posting);

        List<String> requiredSkills = ranked.stream().filter(skills::contains).map(terms::display)
                .map(skill -> ModelAnswer.clip(skill, ModelAnswer.SKILL_LENGTH_MAX))
                .limit(ModelAnswer.SKILLS_MAX).toList();
        String summary = summary(posting, weights);
        if (request.resume() == null) {
            return new Insights(summary, requiredSkills, null, List.of(), List.of());
        }

        Set<String> resume = terms.keys(request.resume());
        List<String> scored = ranked.subList(0, Math.min(SCORED_TERMS, ranked.size()));
        double total = 0;
        double matched = 0;
        for (String key : scored) {
            total += weights.get(key);
            if (resume.contains(key)) {
                matched += weights.get(key);
            }
        }
        int score = total == 0 ? 0 : (int) Math.round(100 * matched / total);
        // drawn from the scored terms, so that a score below 100 never comes with "no gaps"
        List<String> strengths = skillsElseTerms(scored.stream().filter(resume::contains).toList(), skills);
        List<String> gaps = skillsElseTerms(scored.stream().filter(key -> !resume.contains(key)).toList(), skills);
        return new Insights(summary, requiredSkills, score, strengths, gaps);
    }

    // The skills among the keys (by weight); the plain terms only when there is no skill among them (a posting
    // outside the vocabulary), since single words read as noise next to skills. At most POINTS.
    private List<String> skillsElseTerms(List<String> keys, Set<String> skills) {
        List<String> skillKeys = keys.stream().filter(skills::contains).toList();
        return (skillKeys.isEmpty() ? keys : skillKeys).stream().limit(POINTS).map(terms::display).toList();
    }

    // The posting's term weights, in first-seen order.
    private Map<String, Double> weights(String posting, List<String> otherPostings) {
        Map<Terms.Term, Integer> counts = Terms.counts(terms.of(posting));
        List<Set<String>> corpus = new ArrayList<>();
        corpus.add(keysOf(counts));
        for (String other : otherPostings) {
            if (other != null) {
                corpus.add(keysOf(Terms.counts(terms.of(other))));
            }
        }
        int documents = corpus.size();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<Terms.Term, Integer> entry : counts.entrySet()) {
            String key = entry.getKey().key();
            long df = corpus.stream().filter(document -> document.contains(key)).count();
            double idf = Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
            double weight = (1.0 + Math.log(entry.getValue())) * idf * (entry.getKey().skill() ? SKILL_BOOST : 1.0);
            weights.merge(key, weight, Math::max);
        }
        return weights;
    }

    private Set<String> skillKeys(String posting) {
        Set<String> skills = new HashSet<>();
        for (Terms.Term term : terms.of(posting)) {
            if (term.skill()) {
                skills.add(term.key());
            }
        }
        return skills;
    }

    private static Set<String> keysOf(Map<Terms.Term, Integer> counts) {
        Set<String> keys = new HashSet<>();
        counts.keySet().forEach(term -> keys.add(term.key()));
        return keys;
    }

    private String summary(String posting, Map<String, Double> weights) {
        record Sentence(int position, String text, double score) {
        }
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        // Lines first: postings are full of bullet lines without a full stop.
        for (String line : posting.split("\\R")) {
            breaks.setText(line);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String text = line.substring(start, end).strip().replaceFirst("^[-*•·–]+\\s*", "").strip();
                Set<String> keys = new LinkedHashSet<>();
                terms.of(text).forEach(term -> keys.add(term.key()));
                if (keys.size() >= SENTENCE_MIN_TERMS) {
                    double sum = keys.stream().mapToDouble(key -> weights.getOrDefault(key, 0.0)).sum();
                    sentences.add(new Sentence(sentences.size(), text, sum / Math.sqrt(keys.size())));
                }
            }
        }
        List<Sentence> best = sentences.stream()
                .sorted(Comparator.comparingDouble(Sentence::score).reversed()
                        .thenComparingInt(Sentence::position))
                .limit(SUMMARY_SENTENCES)
                .sorted(Comparator.comparingInt(Sentence::position))
                .toList();
        StringBuilder summary = new StringBuilder();
        for (Sentence sentence : best) {
            String next = summary.isEmpty() ? sentence.text() : summary + " " + sentence.text();
            if (next.length() > ModelAnswer.SUMMARY_MAX) {
                if (summary.isEmpty()) {
                    summary.append(ModelAnswer.clip(sentence.text(), ModelAnswer.SUMMARY_MAX));
                }
                break;
            }
            summary.setLength(0);
            summary.append(next);
        }
        return summary.toString();
    }
}
