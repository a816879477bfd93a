package com.careervault.contracts.search;

import com.careervault.contracts.text.UnicodeText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one definition of the tag filter ({@code GET /api/jobs?tag=}), shared by
 * the projector (which writes an index entry per tag key of a job) and the
 * command API (which turns the query into the key it looks up).
 *
 * <p>Tags are stored as typed (trimmed, NFC); they are <em>matched</em> by
 * their key: the tag in NFC, trimmed, every run of white space made one space,
 * case-folded ({@code toUpperCase} then {@code toLowerCase}, {@link Locale#ROOT},
 * so {@code ß} matches {@code SS}). Accents and punctuation count: {@code café}
 * and {@code cafe}, {@code c#} and {@code c} are different tags. So
 * {@code ?tag=remote} finds jobs tagged {@code Remote} or {@code REMOTE}, and a
 * job tagged both {@code Remote} and {@code remote} has one key.
 *
 * <p>Keys are index sort-key prefixes followed by {@code #}, so the key
 * percent-encodes {@code %} ({@code %25}) and {@code #} ({@code %23}): the tag
 * {@code C#} has the key {@code c%23}, and no key is the beginning of another
 * key followed by {@code #}.
 */
public final class TagKeys {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

    private TagKeys() {
    }

    /**
     * The key a tag is indexed and looked up by; empty for null or blank text.
     *
     * @throws IllegalArgumentException when the text is not well-formed Unicode (an unpaired surrogate)
     */
    public static Optional<String> keyOf(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String spaced = WHITE_SPACE.matcher(UnicodeText.nfc(tag)).replaceAll(" ").strip();
        if (spaced.isEmpty()) {
            return Optional.empty();
        }
        String folded = UnicodeText.nfc(spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        return Optional.of(folded.replace("%", "%25").replace("#", "%23"));
    }

    /**
     * The distinct keys of a job's tags, in the order of the tags; empty for null. A tag that is not
     * well-formed Unicode (which the API never accepts, and no query can name) has no key.
     */
    public static Set<String> keysOf(Collection<String> tags) {
        Set<String> keys = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && UnicodeText.isWellFormed(tag)) {
                    keyOf(tag).ifPresent(keys::add);
                }
            }
        }
        return keys;
    }

    /** Whether one of {@code tags} has the key {@code key}. */
    public static boolean matches(Collection<String> tags, String key) {
        return keysOf(tags).contains(key);
    }
}
