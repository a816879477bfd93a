package com.careervault.api.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a command's {@code Prefer: wait=N} request header (RFC 7240) in the OpenAPI document, as
 * {@link ApiDocs#PREFER_DESCRIPTION} says; springdoc reads the {@link Parameter} through this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Parameter(name = ApiDocs.PREFER, in = ParameterIn.HEADER, description = ApiDocs.PREFER_DESCRIPTION,
        schema = @Schema(type = "string", example = ApiDocs.PREFER_EXAMPLE))
public @interface PreferWaitHeader {
}
