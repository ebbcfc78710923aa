package org.creditcommitment.correction;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.PrefixedKeys;
import org.springframework.stereotype.Component;

/** Corrections' numbers (GZ…): started by the unit that supplied a record, confirmed by the credit office. */
@Component
class CorrectionKeys extends PrefixedKeys {

  static final String PREFIX = "GZ";

  CorrectionKeys() {
    super(KeyKind.CORRECTION, PREFIX);
  }
}
