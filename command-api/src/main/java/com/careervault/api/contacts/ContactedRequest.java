package com.careervault.api.contacts;

import com.careervault.api.requests.ApiRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** The body of {@code POST /api/contacts/{id}/contacted}: when the caller was in touch, now when left out. */
@Schema(description = "When the caller was in touch with the contact.")
public record ContactedRequest(
        @Schema(description = "An RFC 3339 date-time with an offset; now when left out.", format = "date-time",
                example = "2026-11-28T16:00:00Z") OffsetDateTime contactedAt) implements ApiRequest {
}
