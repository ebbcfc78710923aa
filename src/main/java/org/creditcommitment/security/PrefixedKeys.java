package org.creditcommitment.security;

import java.util.Optional;

import org.creditcommitment.system.SequenceNumbers;

/**
 * The keys a module numbers with its own prefix ({@link SequenceNumbers}): the form is the prefix's, the department
 * none unless the module says so.
 */
public abstract class PrefixedKeys implements KeyOwner {

  private final KeyKind kind;
  private final String prefix;

  protected PrefixedKeys(KeyKind kind, String prefix) {
    this.kind = kind;
    this.prefix = prefix;
  }

  @Override
  public KeyKind kind() {
    return kind;
  }

  @Override
  public boolean numbers(String key) {
    return SequenceNumbers.isNumber(prefix, key);
  }

  @Override
  public Optional<String> department(String key) {
    return Optional.empty();
  }
}
