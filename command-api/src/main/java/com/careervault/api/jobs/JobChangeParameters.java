package com.careervault.api.jobs;

import com.careervault.api.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpHeaders;

/**
 * Documents the parameters of a change of one existing job (patch, pinned documents, delete): {@code jobId},
 * {@code If-Match} (412 when the job changed since it was read) and {@code Prefer: wait}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
        schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
@Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH_DESCRIPTION,
        schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE))
@Parameter(name = ApiDocs.PREFER, in = ParameterIn.HEADER, description = ApiDocs.PREFER_DESCRIPTION,
        schema = @Schema(type = "string", example = ApiDocs.PREFER_EXAMPLE))
@interface JobChangeParameters {
}
