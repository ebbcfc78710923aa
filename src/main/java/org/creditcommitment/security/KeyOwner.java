package org.creditcommitment.security;

import java.util.Optional;

/**
 * Implemented by each module that numbers business keys: which keys are its own and which department owns one. The
 * scope ({@link CaseScope}) asks it instead of reading that module's tables.
 */
public interface KeyOwner {

  KeyKind kind();

  /** Whether the key has this module's form (its prefix and length), whether or not such a record exists. */
  boolean numbers(String key);

  /** The department that owns the record with this key; empty when there is no such record or the kind has none. */
  Optional<String> department(String key);
}
