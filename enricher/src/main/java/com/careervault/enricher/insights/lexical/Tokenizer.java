package com.careervault.enricher.insights.lexical;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into lowercase tokens of Unicode letters and digits. Joiners inside a token ({@code . / - + # &})
 * keep technical terms whole ({@code node.js}, {@code ci/cd}, {@code full-stack}, {@code c++}, {@code c#},
 * {@code .net}); a slash-joined token that is not a known skill token is split ({@code java/kotlin} →
 * {@code java}, {@code kotlin}). Text is NFKC-normalised first so that look-alike characters match.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\.?[\\p{L}\\p{N}]+(?:[./+#&-][\\p{L}\\p{N}]+)*[+#]*");

    private final Set<String> keepWhole;

    Tokenizer(Set<String> keepWhole) {
        this.keepWhole = keepWhole;
    }

    /** The tokens, in text order. */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : rawTokens(text)) {
            if (raw.indexOf('/') < 0 || keepWhole.contains(raw)) {
                tokens.add(raw);
            } else {
                for (String part : raw.split("/")) {
                    if (!part.isEmpty()) {
                        tokens.add(part);
                    }
                }
            }
        }
        return tokens;
    }

    /** Tokens before the slash rule (used to learn the skill tokens themselves). */
    static List<String> rawTokens(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normal);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
