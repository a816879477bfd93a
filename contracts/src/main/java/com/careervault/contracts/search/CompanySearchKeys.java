package com.careervault.contracts.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of the company search, shared by the projector (which
 * writes an index entry per search key of a job's company) and the command API
 * (which turns a query into the search key it looks up).
 *
 * <p><b>Folding.</b> Text is decomposed (NFKD), its combining marks removed,
 * case-folded ({@code toUpperCase} then {@code toLowerCase}, {@link Locale#ROOT},
 * so {@code ß} becomes {@code ss}), a few Latin letters that have no
 * decomposition mapped to their base letters ({@code ø→o}, {@code ł→l},
 * {@code æ→ae}, ...), and every run of characters that are not letters or
 * digits becomes one space. So {@code "Zürich Fakeworks, Inc."} folds to
 * {@code "zurich fakeworks inc"}; the words are {@code zurich}, {@code fakeworks},
 * {@code inc}.
 *
 * <p><b>Match.</b> A job matches a query when the folded query is the
 * beginning of the folded company name taken from the start of one of its
 * words. A one-word query therefore finds every name with a word that begins
 * with it ({@code fakew} finds "Acme Fakeworks"); a query of several words must
 * match consecutive words in the same order, all but the last one complete
 * ({@code acme fake} finds "Acme Fakeworks", {@code fake acme} and
 * {@code acm fake} do not).
 *
 * <p><b>Bounds.</b> Search keys start at the first {@value #MAX_WORDS} words
 * of a name and are at most {@value #MAX_KEY_LENGTH} code points long; a
 * longer folded query is cut to its first {@value #MAX_KEY_LENGTH} code points.
 * A name thus has at most {@value #MAX_WORDS} × {@value #MAX_KEY_LENGTH} keys.
 */
public final class CompanySearchKeys {

    /** Longest search key, in code points; longer queries are cut to this length. */
    public static final int MAX_KEY_LENGTH = 24;
    /** Words of a name at which a search key may start. */
    public static final int MAX_WORDS = 8;

    /** Latin letters that NFKD leaves whole but that readers expect folded to ASCII. */
    private static final Map<Integer, String> BASE_LETTERS = Map.ofEntries(
            Map.entry((int) 'ø', "o"), Map.entry((int) 'ł', "l"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'þ', "th"));

    private CompanySearchKeys() {
    }

    /** The folded form of {@code text}: lower-case words without accents, separated by single spaces; "" if none. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // upper then lower: ß -> SS -> ss, and final sigma and sigma become one letter
        String cased = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(cased.length());
        boolean pendingSpace = false;
        for (int i = 0; i < cased.length(); ) {
            int codePoint = cased.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingSpace && folded.length() > 0) {
                    folded.append(' ');
                }
                pendingSpace = false;
                String base = BASE_LETTERS.get(codePoint);
                if (base != null) {
                    folded.append(base);
                } else {
                    folded.appendCodePoint(codePoint);
                }
            } else {
                pendingSpace = true;
            }
        }
        return folded.toString();
    }

    /**
     * Every search key of a company name: each prefix (one code point and
     * longer, up to {@value #MAX_KEY_LENGTH}, never ending in a space) of the
     * folded name taken from each of its first {@value #MAX_WORDS} words. Empty
     * for a name without letters or digits.
     */
    public static Set<String> keysOf(String company) {
        String folded = fold(company);
        Set<String> keys = new LinkedHashSet<>();
        if (folded.isEmpty()) {
            return keys;
        }
        List<Integer> wordStarts = new ArrayList<>();
        wordStarts.add(0);
        for (int i = 0; i < folded.length() && wordStarts.size() < MAX_WORDS; i++) {
            if (folded.charAt(i) == ' ') {
                wordStarts.add(i + 1);
            }
        }
        for (int start : wordStarts) {
            String rest = cut(folded.substring(start));
            for (int end = 0; end < rest.length(); ) {
                end += Character.charCount(rest.codePointAt(end));
                if (rest.charAt(end - 1) != ' ') {
                    keys.add(rest.substring(0, end));
                }
            }
        }
        return keys;
    }

    /** The search key a query looks up: folded and cut to {@value #MAX_KEY_LENGTH} code points; empty if it has no letter or digit. */
    public static Optional<String> keyOf(String query) {
        String key = cut(fold(query)).strip();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** Whether {@code company} matches the query whose key is {@code key} (see the class comment). */
    public static boolean matches(String company, String key) {
        return keysOf(company).contains(key);
    }

    private static String cut(String folded) {
        int codePoints = folded.codePointCount(0, folded.length());
        return codePoints <= MAX_KEY_LENGTH ? folded : folded.substring(0, folded.offsetByCodePoints(0, MAX_KEY_LENGTH));
    }
}
