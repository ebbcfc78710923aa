package org.creditcommitment.system;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A request field that holds a name or free text, checked by {@link FreeText}'s rules for its {@link FreeText.Kind}
 * along with the field's other constraints (so nothing is written when it fails). {@link ProblemHandler} answers a
 * violation as 400 {@code invalid-text} naming the field. Works on list elements too:
 * {@code List<@CleanText(NAME) String>}.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CleanText {

  FreeText.Kind value();

  String message() default "holds characters no name or text may hold";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
