package org.creditcommitment.commitment;

import java.util.Optional;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.KeyOwner;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.stereotype.Component;

/** Application cases' numbers (XY…) and the department of each, for the scope of /api. */
@Component
class CaseKeys implements KeyOwner {

  static final String PREFIX = "XY";

  private final Cases cases;

  CaseKeys(Cases cases) {
    this.cases = cases;
  }

  @Override
  public KeyKind kind() {
    return KeyKind.CASE;
  }

  @Override
  public boolean numbers(String key) {
    return SequenceNumbers.isNumber(PREFIX, key);
  }

  @Override
  public Optional<String> department(String key) {
    return cases.find(key).map(CaseRecord::department);
  }
}
