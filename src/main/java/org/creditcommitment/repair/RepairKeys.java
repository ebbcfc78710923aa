package org.creditcommitment.repair;

import java.util.Optional;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.KeyOwner;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.stereotype.Component;

/** Credit repairs' numbers (XF…): the credit office's; no department owns one. */
@Component
class RepairKeys implements KeyOwner {

  static final String PREFIX = "XF";

  @Override
  public KeyKind kind() {
    return KeyKind.REPAIR;
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
