package org.creditcommitment.repair;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.PrefixedKeys;
import org.springframework.stereotype.Component;

/** Credit repairs' numbers (XF…): the credit office's; no department owns one. */
@Component
class RepairKeys extends PrefixedKeys {

  static final String PREFIX = "XF";

  RepairKeys() {
    super(KeyKind.REPAIR, PREFIX);
  }
}
