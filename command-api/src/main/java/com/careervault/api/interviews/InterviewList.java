package com.careervault.api.interviews;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A list of interviews, by start. */
@Schema(name = "InterviewList", description = "Interviews, earliest start first.")
public record InterviewList(
        @ArraySchema(arraySchema = @Schema(description = "The interviews.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<InterviewView> items) {
}
