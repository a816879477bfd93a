package com.careervault.api.interviews;

import com.careervault.api.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code jobId} and {@code interviewId} path parameters of an operation on one interview. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
        schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
@Parameter(name = "interviewId", in = ParameterIn.PATH, description = "The interview's id (a UUID).",
        schema = @Schema(type = "string", format = "uuid"))
@interface InterviewPathParameters {
}
