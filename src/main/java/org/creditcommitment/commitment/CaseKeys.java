package org.creditcommitment.commitment;

import java.util.Optional;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.PrefixedKeys;
import org.springframework.stereotype.Component;

/** Application cases' numbers (XY…) and the department of each, for the scope of /api. */
@Component
class CaseKeys extends PrefixedKeys {

  static final String PREFIX = "XY";

  private final Cases cases;

  CaseKeys(Cases cases) {
    super(KeyKind.CASE, PREFIX);
    this.cases = cases;
  }

  @Override
  public Optional<String> department(String key) {
    return cases.find(key).map(CaseRecord::department);
  }
}
