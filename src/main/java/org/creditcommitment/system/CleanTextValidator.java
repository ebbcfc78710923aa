package org.creditcommitment.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Applies {@link FreeText}'s rules to a field marked {@link CleanText}; null is left to {@code @NotNull}. */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

  private FreeText.Kind kind;

  @Override
  public void initialize(CleanText annotation) {
    kind = annotation.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return FreeText.flaw(value, kind).isEmpty();
  }
}
