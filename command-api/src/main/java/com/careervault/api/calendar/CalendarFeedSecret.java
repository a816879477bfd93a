package com.careervault.api.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new calendar subscription ({@code POST /api/me/calendar-feed}), shown this once.
 *
 * @param url {@code <PUBLIC_API_URL>/calendar/<secret>.ics}, what a calendar app subscribes to
 * @param secret 32 random bytes, base64url without padding (43 characters)
 * @param createdAt when it was made (RFC 3339, UTC)
 */
@Schema(name = "CalendarFeedSecret", description = "The new subscription URL. It is shown only in this answer: "
        + "CareerVault keeps only a hash of the secret. Anyone with the URL can read the calendar, so treat it "
        + "like a password; make a new one (POST again) or revoke it (DELETE) if it leaked.")
public record CalendarFeedSecret(
        @Schema(description = "The address a calendar app subscribes to (no headers needed).",
                example = "https://careervault.example.com/calendar/Jb8yq0m2cT7mJ0x4l2H5rQe9Vn3sKp6aWz1uYd8fB4o.ics",
                requiredMode = Schema.RequiredMode.REQUIRED) String url,
        @Schema(description = "The secret in the URL: 32 random bytes, base64url without padding.",
                pattern = "^[A-Za-z0-9_-]{43}$", example = "Jb8yq0m2cT7mJ0x4l2H5rQe9Vn3sKp6aWz1uYd8fB4o",
                requiredMode = Schema.RequiredMode.REQUIRED) String secret,
        @Schema(description = "When it was made (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T10:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt) {

    /** Without the secret: a record's default toString would put the credential in any log line that prints it. */
    @Override
    public String toString() {
        return "CalendarFeedSecret[createdAt=" + createdAt + "]";
    }
}
