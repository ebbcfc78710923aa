package org.creditcommitment.objection;

import java.util.Optional;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.KeyOwner;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.stereotype.Component;

/** Objections' numbers (YY…): the credit office's, answered by data providers; no department owns one. */
@Component
class ObjectionKeys implements KeyOwner {

  static final String PREFIX = "YY";

  @Override
  public KeyKind kind() {
    return KeyKind.OBJECTION;
  }

  @Override
  public boolean numbers(String key) {
    return SequenceNumbers.isNumber(PREFIX, key);
  }

  @Override
  public Optional<String> department(String key) {
    return Optional.empty();
  }
}
