package com.careervault.enricher.insights.lexical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns text into terms: known skills first (longest match over consecutive tokens, so "spring boot" is one term
 * and not "spring" + "boot"), then the remaining tokens that say something (no stop words, no lone characters, no
 * bare numbers), with English plurals folded ("services" → "service").
 */
final class Terms {

    /** One occurrence of a term: its key and whether it is a skill. */
    record Term(String key, boolean skill) {
    }

    private final Vocabulary vocabulary;
    private final Tokenizer tokenizer;

    Terms(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.tokenizer = new Tokenizer(vocabulary.skillTokens());
    }

    /** The terms in text order (repeats kept: they are the term frequencies). */
    List<Term> of(String text) {
        List<String> tokens = tokenizer.tokens(text);
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            int longest = vocabulary.startsPhrase(tokens.get(i)) ? vocabulary.longestPhrase() : 1;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                Vocabulary.Skill skill = vocabulary.skill(String.join(" ", tokens.subList(i, i + n)));
                if (skill != null) {
                    terms.add(new Term(skill.key(), true));
                    matched = n;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            String token = tokens.get(i++);
            if (meaningful(token)) {
                terms.add(new Term(fold(token), false));
            }
        }
        return terms;
    }

    /**
     * Every key a text offers for matching: its terms plus its single meaningful tokens (so that a resume's
     * "Spring Boot" also covers a posting's "Spring").
     */
    Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (Term term : of(text)) {
            keys.add(term.key());
        }
        for (String token : tokenizer.tokens(text)) {
            Vocabulary.Skill skill = vocabulary.skill(token);
            if (skill != null) {
                keys.add(skill.key());
            } else if (meaningful(token)) {
                keys.add(fold(token));
            }
        }
        return keys;
    }

    /** How a skill key is shown (its display name), or the key itself for other terms. */
    String display(String key) {
        Vocabulary.Skill skill = vocabulary.skill(key);
        return skill != null ? skill.display() : key;
    }

    /** Term counts in first-seen order. */
    static Map<Term, Integer> counts(List<Term> terms) {
        Map<Term, Integer> counts = new LinkedHashMap<>();
        for (Term term : terms) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    private boolean meaningful(String token) {
        return token.codePointCount(0, token.length()) > 1 && !vocabulary.isStopWord(token)
                && token.codePoints().anyMatch(Character::isLetter);
    }

    // A light plural fold, the same on posting and resume: enough to match "services"/"service", "APIs"/"API".
    private static String fold(String token) {
        int length = token.length();
        if (length > 4 && token.endsWith("ies")) {
            return token.substring(0, length - 3) + "y";
        }
        if (length > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")
                && !token.endsWith("is") && Character.isLetter(token.charAt(length - 2))) {
            return token.substring(0, length - 1);
        }
        return token;
    }
}
