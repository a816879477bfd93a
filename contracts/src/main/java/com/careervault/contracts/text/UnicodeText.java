package com.careervault.contracts.text;

import java.text.Normalizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * The one rule for text that enters CareerVault: well-formed Unicode (no
 * unpaired UTF-16 surrogate), kept in Normalization Form C (Unicode Standard
 * Annex #15), and measured in code points, so that an emoji counts as one
 * character and "é" typed as e + U+0301 is stored, counted and searched as
 * the single "é".
 */
public final class UnicodeText {

    /** The reason given for text with an unpaired surrogate. */
    public static final String NOT_WELL_FORMED = "not well-formed Unicode";

    private UnicodeText() {
    }

    /** True when every high surrogate is followed by a low one and no low surrogate stands alone. */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The NFC form of well-formed text.
     *
     * @throws IllegalArgumentException when the text is not well-formed
     */
    public static String nfc(String text) {
        if (!isWellFormed(text)) {
            throw new IllegalArgumentException(NOT_WELL_FORMED + ": it has an unpaired surrogate");
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A Jackson deserializer for {@code String} that applies this rule: only JSON strings, well-formed, in NFC.
     * Anything else goes to the context's problem handlers ({@code handleUnexpectedToken},
     * {@code handleWeirdStringValue}); without one that is a {@code DatabindException}, never a guess.
     */
    public static ValueDeserializer<String> jsonDeserializer() {
        return new StdScalarDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    return (String) context.handleUnexpectedToken(String.class, parser);
                }
                String value = parser.getString();
                if (!isWellFormed(value)) {
                    return (String) context.handleWeirdStringValue(String.class, value, NOT_WELL_FORMED);
                }
                return nfc(value);
            }
        };
    }

    /** The length in code points, the unit of every text limit of the API. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
