package com.careervault.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** How many live jobs the caller has, in all and per status (statuses with none are left out). */
@Schema(description = "How many jobs the caller has, in all and per status.")
public record JobStats(
        @Schema(description = "All the caller's jobs.", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        long total,
        @Schema(description = "Jobs per status; statuses with no job are left out.",
                example = "{\"Applied\": 1}", requiredMode = Schema.RequiredMode.REQUIRED)
        Map<String, Long> byStatus) {
}
