package com.careervault.api.contacts;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code contactId} path parameter of an operation on one contact. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Parameter(name = "contactId", in = ParameterIn.PATH, description = "The contact's id (a UUID).",
        schema = @Schema(type = "string", format = "uuid", example = ContactView.ID_EXAMPLE))
@interface ContactIdParameter {
}
