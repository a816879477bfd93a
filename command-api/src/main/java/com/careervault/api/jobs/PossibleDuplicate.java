package com.careervault.api.jobs;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One of the caller's live jobs that a new or captured job may repeat. */
@Schema(description = "One of the caller's live jobs that the job may repeat: same canonical posting URL, or same "
        + "company and position (see `matched_by`).")
public record PossibleDuplicate(
        @Schema(description = "The earlier job's id.", format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                requiredMode = Schema.RequiredMode.REQUIRED) String jobId,
        @Schema(description = "Its company.", example = "Google", requiredMode = Schema.RequiredMode.REQUIRED)
        String company,
        @Schema(description = "Its position.", example = "Software Engineer",
                requiredMode = Schema.RequiredMode.REQUIRED) String position,
        @Schema(description = "Where it stands.", example = "Interviewing",
                requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "The day it was applied for (ISO 8601 date); absent when it has none.",
                types = {"string", "null"}, format = "date", example = "2026-11-20",
                requiredMode = Schema.RequiredMode.REQUIRED) String appliedDate,
        @Schema(description = "When it was recorded (RFC 3339, UTC).", format = "date-time",
                example = "2026-11-20T10:15:30.123456Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String createdAt,
        @ArraySchema(arraySchema = @Schema(description = "Which rules matched: `url` (the same posting URL once "
                + "tracking parameters, fragment, letter case of scheme and host are set aside) and/or "
                + "`company_position` (the same company, legal form such as Inc. or GmbH aside, and the same "
                + "position, letter case, accents and punctuation aside).",
                requiredMode = Schema.RequiredMode.REQUIRED), minItems = 1,
                schema = @Schema(allowableValues = {JobDuplicates.BY_URL, JobDuplicates.BY_COMPANY_POSITION}))
        List<String> matchedBy) {
}
