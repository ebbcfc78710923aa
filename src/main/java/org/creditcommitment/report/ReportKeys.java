package org.creditcommitment.report;

import java.util.Optional;
import java.util.regex.Pattern;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.KeyOwner;
import org.springframework.stereotype.Component;

/**
 * A subject's credit reports are kept (and their prints recorded) under the subject's code, an 18-character unified
 * social credit code or resident ID: the credit office's, no department owns one.
 */
@Component
class ReportKeys implements KeyOwner {

  private static final Pattern SUBJECT_CODE = Pattern.compile("[0-9A-Z]{18}");

  @Override
  public KeyKind kind() {
    return KeyKind.CREDIT_REPORT;
  }

  @Override
  public boolean numbers(String key) {
    return SUBJECT_CODE.matcher(key).matches();
  }

  @Override
  public Optional<String> department(String key) {
    return Optional.empty();
  }
}
