package com.careervault.api.documents;

import java.text.Normalizer;

/**
 * Makes the client's file name safe to show and to send back in {@code Content-Disposition}: the last path
 * segment only (so {@code ../../etc/passwd} is {@code passwd}), no control or format characters, NFC, at most
 * {@link #MAX_LENGTH} code points, and ending with the extension of the type found in the bytes (appended when
 * it does not). The name is never part of a storage key (keys are hashes); this is only about showing it.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * @param sent the name the client sent (may be null or blank)
     * @param type the type found in the bytes
     * @return a name such as {@code Resume 2026.pdf}; {@code document.<ext>} when nothing usable is left
     */
    static String sanitize(String sent, DocumentType type) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "")
                .replaceAll("\\s+", " ")
                .strip();
        // no hidden files, no "." or ".."
        name = name.replaceFirst("^\\.+", "").strip();
        if (!type.named(name)) {
            name = (name.isEmpty() ? "document" : name) + "." + type.extension();
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            String extension = "." + type.extension();
            int keep = MAX_LENGTH - extension.length();
            name = name.substring(0, name.offsetByCodePoints(0, keep)).strip() + extension;
        }
        return name;
    }

    /**
     * One segment of a path inside the account export's ZIP (a folder or file name): the text with control,
     * format, private-use, unassigned and lone-surrogate characters removed, NFC, {@code /}, {@code \} and the
     * characters Windows refuses in names ({@code : * ? " < > |}) replaced by {@code _}, whitespace runs as one
     * space, without leading dots (no hidden files, no {@code .} or {@code ..}) or trailing dots and spaces
     * (which Windows drops), at most {@link #MAX_LENGTH} code points.
     *
     * @param text a document's name or a version's file name (may be null)
     * @param fallback what is used when nothing usable is left
     * @return a name that is never empty and never leaves its folder when unzipped
     */
    static String pathSegment(String text, String fallback) {
        String segment = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]", "")
                .replaceAll("[/\\\\:*?\"<>|]", "_")
                .replaceAll("\\s+", " ");
        if (segment.codePointCount(0, segment.length()) > MAX_LENGTH) {
            segment = segment.substring(0, segment.offsetByCodePoints(0, MAX_LENGTH));
        }
        segment = segment.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
        return segment.isEmpty() ? fallback : segment;
    }
}
