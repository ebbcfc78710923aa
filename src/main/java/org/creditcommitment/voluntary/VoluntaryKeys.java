package org.creditcommitment.voluntary;

import java.util.Optional;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.PrefixedKeys;
import org.springframework.stereotype.Component;

/** Voluntary commitments' numbers (ZY…); each belongs to its template's department. */
@Component
class VoluntaryKeys extends PrefixedKeys {

  private final VoluntaryRows rows;

  VoluntaryKeys(VoluntaryRows rows) {
    super(KeyKind.VOLUNTARY, VoluntaryFiling.NUMBER_PREFIX);
    this.rows = rows;
  }

  @Override
  public Optional<String> department(String key) {
    return rows.find(key).map(VoluntaryRecord::department);
  }
}
