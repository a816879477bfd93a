package com.careervault.enricher.insights.lexical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lexical provider's fixed word lists, read once from the class path: the skills ({@code lexical/skills.txt},
 * display name then aliases, {@code |}-separated) and the stop words ({@code lexical/stopwords.txt}). Immutable.
 */
final class Vocabulary {

    /** A skill's canonical key (its display name's tokens, space-joined) and how it is shown. */
    record Skill(String key, String display) {
    }

    private final Map<String, Skill> phrases;   // any spelling's tokens, space-joined -> the skill
    private final Set<String> skillTokens;      // every token of every spelling (kept whole by the tokenizer)
    private final Set<String> phraseStarts;     // first tokens of multi-token spellings
    private final Set<String> stopWords;
    private final int longestPhrase;

    private Vocabulary(Map<String, Skill> phrases, Set<String> skillTokens, Set<String> stopWords, int longestPhrase) {
        this.phrases = Map.copyOf(phrases);
        Set<String> starts = new HashSet<>();
        phrases.keySet().stream().filter(phrase -> phrase.indexOf(' ') > 0)
                .forEach(phrase -> starts.add(phrase.substring(0, phrase.indexOf(' '))));
        this.phraseStarts = Set.copyOf(starts);
        this.skillTokens = Set.copyOf(skillTokens);
        this.stopWords = Set.copyOf(stopWords);
        this.longestPhrase = longestPhrase;
    }

    static Vocabulary load() {
        Set<String> stopWords = new HashSet<>(lines("lexical/stopwords.txt"));
        Map<String, Skill> phrases = new HashMap<>();
        Set<String> skillTokens = new HashSet<>();
        int longest = 1;
        // Two passes: the tokenizer needs the skill tokens (c++, node.js, ci/cd) to know what to keep whole.
        List<String> skillLines = lines("lexical/skills.txt");
        for (String line : skillLines) {
            for (String spelling : line.split("\\|")) {
                skillTokens.addAll(Tokenizer.rawTokens(spelling.strip()));
            }
        }
        Tokenizer tokenizer = new Tokenizer(skillTokens);
        for (String line : skillLines) {
            String[] spellings = line.split("\\|");
            String display = spellings[0].strip();
            Skill skill = new Skill(String.join(" ", tokenizer.tokens(display)), display);
            for (String spelling : spellings) {
                List<String> tokens = tokenizer.tokens(spelling.strip());
                if (!tokens.isEmpty()) {
                    phrases.putIfAbsent(String.join(" ", tokens), skill);
                    longest = Math.max(longest, tokens.size());
                }
            }
        }
        return new Vocabulary(phrases, skillTokens, stopWords, longest);
    }

    /** The skill that these consecutive tokens spell, or null. */
    Skill skill(String phrase) {
        return phrases.get(phrase);
    }

    /** Whether a multi-token skill may start with this token (saves phrase look-ups on every other token). */
    boolean startsPhrase(String token) {
        return phraseStarts.contains(token);
    }

    Set<String> skillTokens() {
        return skillTokens;
    }

    boolean isStopWord(String token) {
        return stopWords.contains(token);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    private static List<String> lines(String resource) {
        InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
