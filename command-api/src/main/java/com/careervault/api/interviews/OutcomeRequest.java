package com.careervault.api.interviews;

import com.careervault.api.requests.ApiRequest;
import com.careervault.contracts.interviews.InterviewOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/jobs/{jobId}/interviews/{interviewId}/outcome}. */
@Schema(name = "InterviewOutcomeRequest", description = "How the interview went; a later one replaces it.")
public record OutcomeRequest(
        @Schema(description = "The outcome, in any letter case.", implementation = InterviewOutcome.class,
                example = "passed", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") InterviewOutcome outcome) implements ApiRequest {
}
