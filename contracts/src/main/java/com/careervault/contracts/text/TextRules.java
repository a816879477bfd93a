package com.careervault.contracts.text;

/**
 * What a text field may contain besides being well-formed Unicode ({@link UnicodeText}): no control
 * characters other than tab, carriage return and line feed. Shared by the API's {@code @Text} constraint and
 * every importer.
 */
public final class TextRules {

    /** The whole value must match (a Java regex). */
    public static final String NO_CONTROL_CHARACTERS = "[\\P{Cc}\\t\\r\\n]*";
    public static final String NO_CONTROL_CHARACTERS_MESSAGE = "must not contain control characters";

    private TextRules() {
    }
}
