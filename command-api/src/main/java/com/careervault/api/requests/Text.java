package com.careervault.api.requests;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.careervault.contracts.text.TextRules;
import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A text field: at most {@code max} characters counted as code points after
 * NFC (Hibernate Validator's {@code @CodePointLength}; {@code @Size} counts
 * UTF-16 units and would count an emoji twice), with no control characters
 * other than tab, carriage return and line feed. Null is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@CodePointLength(normalizationStrategy = CodePointLength.NormalizationStrategy.NFC,
        message = "must be at most {max} characters")
@Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS, message = TextRules.NO_CONTROL_CHARACTERS_MESSAGE)
public @interface Text {

    @OverridesAttribute(constraint = CodePointLength.class, name = "max")
    int max();

    String message() default "is not valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
