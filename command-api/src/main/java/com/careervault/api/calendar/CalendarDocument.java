package com.careervault.api.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A written iCalendar document and its validators.
 *
 * @param text the document ({@code ICalendarDocuments.write}), CRLF line ends
 * @param lastModified the latest change of anything it was made from, whole seconds (HTTP dates have no
 *        fraction)
 */
record CalendarDocument(String text, Instant lastModified) {

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A strong ETag: the SHA-256 of the bytes, base64url, quoted by Spring. */
    String etag() {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
