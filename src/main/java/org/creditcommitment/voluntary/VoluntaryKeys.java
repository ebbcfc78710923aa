package org.creditcommitment.voluntary;

import java.util.Optional;

import org.creditcommitment.security.KeyKind;
import org.creditcommitment.security.KeyOwner;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.stereotype.Component;

/** Voluntary commitments' numbers (ZY…); each belongs to its template's department. */
@Component
class VoluntaryKeys implements KeyOwner {

  private final VoluntaryRows rows;

  VoluntaryKeys(VoluntaryRows rows) {
    this.rows = rows;
  }

  @Override
  public KeyKind kind() {
    return KeyKind.VOLUNTARY;
  }

  @Override
  public boolean numbers(String key) {
    return SequenceNumbers.isNumber(VoluntaryFiling.NUMBER_PREFIX, key);
  }

  @Override
  public Optional<String> department(String key) {
    return rows.find(key).map(VoluntaryRecord::department);
  }
}
