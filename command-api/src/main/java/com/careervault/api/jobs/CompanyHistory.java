package com.careervault.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;

/** The caller's earlier applications to a job's company ("applied to this company N times before"). */
@Schema(description = "The caller's earlier applications to the same company (legal form, letter case, accents "
        + "and punctuation aside): other live jobs applied for (or, without an applied date, recorded) before "
        + "this one, and the latest of them. `last_*` are null when there is none.")
public record CompanyHistory(
        @Schema(description = "How many.", minimum = "0", example = "2", requiredMode = Schema.RequiredMode.REQUIRED)
        int earlierApplications,
        @Schema(description = "The latest earlier application's job id.", types = {"string", "null"},
                format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23",
                requiredMode = Schema.RequiredMode.REQUIRED) String lastJobId,
        @Schema(description = "Its position.", types = {"string", "null"}, example = "Backend Engineer",
                requiredMode = Schema.RequiredMode.REQUIRED) String lastPosition,
        @Schema(description = "Its status now: the last outcome.", types = {"string", "null"}, example = "Rejected",
                requiredMode = Schema.RequiredMode.REQUIRED) String lastStatus,
        @Schema(description = "The day it was applied for (ISO 8601 date), or the day it was recorded when it has "
                + "no applied date.", types = {"string", "null"}, format = "date", example = "2026-03-02",
                requiredMode = Schema.RequiredMode.REQUIRED) String lastDate) {

    static final CompanyHistory NONE = new CompanyHistory(0, null, null, null, null);
}
