package com.careervault.api.jobs;

import com.careervault.api.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpHeaders;

/**
 * Documents the answers to a change of one existing job (its merge patch, its pinned documents; the parameters are
 * {@link JobChangeParameters}): 202 with the accepted events and the new {@code ETag}, 200 with the changed job
 * under {@code Prefer: wait}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "202", description = "Recorded: the change is readable a moment later.",
        headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)),
        content = @Content(schema = @Schema(implementation = JobAccepted.class)))
@ApiResponse(responseCode = "200", description = "Recorded and readable (`Prefer: wait`): the changed job.",
        headers = {
            @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)),
            @Header(name = ApiDocs.PREFERENCE_APPLIED, description = ApiDocs.PREFERENCE_APPLIED_DESCRIPTION,
                    schema = @Schema(type = "string", example = "wait"))},
        content = @Content(schema = @Schema(implementation = JobView.class)))
@interface JobChangeDocs {
}
