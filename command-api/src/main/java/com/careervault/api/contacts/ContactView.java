package com.careervault.api.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A contact as the read model holds it, as clients see it (snake_case on the wire). Its details are a third
 * party's personal data: shown to the caller, exported and erased with the account, never logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Contact", description = "A person met in the caller's job search (a recruiter, an interviewer, a "
        + "referrer). Fields that were never set or were cleared are absent; `job_ids` is always there.")
public record ContactView(
        @Schema(description = "The contact's id (a UUID), assigned by the API on create.", format = "uuid",
                example = ID_EXAMPLE, requiredMode = Schema.RequiredMode.REQUIRED) String contactId,
        @Schema(description = "The contact's name.", example = "Ada Lovelace",
                requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "The contact's role.", example = "Engineering Manager") String role,
        @Schema(description = "The contact's company.", example = "Tech Corp") String company,
        @Schema(description = "The contact's email address.", format = "email", example = "ada@example.com")
        String email,
        @Schema(description = "The contact's phone number, as entered.", example = "+44 20 7946 0000") String phone,
        @Schema(description = "A profile page (an absolute http(s) URL).", format = "uri",
                example = "https://www.linkedin.com/in/ada") String profileUrl,
        @Schema(description = "The caller's notes.", example = "Met at the Java meetup") String notes,
        @ArraySchema(arraySchema = @Schema(description = "The caller's jobs the contact is linked to (possibly "
                + "deleted since).", requiredMode = Schema.RequiredMode.REQUIRED),
                schema = @Schema(format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23"))
        List<String> jobIds,
        @Schema(description = "The latest \"contacted\" action or held interview with the contact (RFC 3339, UTC); "
                + "absent when none.", format = "date-time", example = "2026-11-28T16:00:00.000000Z")
        String lastContactedAt,
        @Schema(description = "When the contact was added (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T10:15:30.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @Schema(description = "When the contact last changed (RFC 3339, UTC); absent until the first change.",
                format = "date-time", example = "2026-11-21T08:00:00.000000Z") String updatedAt) {

    static final String ID_EXAMPLE = "1e4d7a90-2b3c-4d5e-8f60-718293a4b5c6";
}
