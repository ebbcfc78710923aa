package org.creditcommitment.objection;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.PrefixedKeys;
import org.springframework.stereotype.Component;

/** Objections' numbers (YY…): the credit office's, answered by data providers; no department owns one. */
@Component
class ObjectionKeys extends PrefixedKeys {

  static final String PREFIX = "YY";

  ObjectionKeys() {
    super(KeyKind.OBJECTION, PREFIX);
  }
}
