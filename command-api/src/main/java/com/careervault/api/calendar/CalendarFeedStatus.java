package com.careervault.api.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whether the caller has a calendar subscription ({@code GET /api/me/calendar-feed}); never the secret.
 *
 * @param createdAt when the current secret was made (RFC 3339, UTC); absent when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CalendarFeedStatus", description = "Whether the caller has a calendar subscription URL. The "
        + "secret is shown only once, when it is made.")
public record CalendarFeedStatus(
        @Schema(description = "Whether a subscription URL exists.", example = "true",
                requiredMode = Schema.RequiredMode.REQUIRED) boolean active,
        @Schema(description = "When the current URL was made (RFC 3339, UTC); absent when there is none.",
                format = "date-time", example = "2026-12-01T10:00:00.000000Z") String createdAt) {
}
