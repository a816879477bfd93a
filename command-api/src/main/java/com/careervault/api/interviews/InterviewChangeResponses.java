package com.careervault.api.interviews;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the answers of a change to an existing interview (change, cancel, outcome): 202 with the accepted
 * event, 200 with the interview under {@code Prefer: wait}, 409 when the interview's state refuses it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "202", description = "Recorded.",
        content = @Content(schema = @Schema(implementation = InterviewAccepted.class)))
@ApiResponse(responseCode = "200", description = "Recorded and readable (`Prefer: wait`): the interview.",
        content = @Content(schema = @Schema(implementation = InterviewView.class)))
@ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
@interface InterviewChangeResponses {
}
