package org.creditcommitment.security;

import java.util.Optional;

/**
 * A module's check of an editable form field whose value names something of that module (evidence files by id): the
 * engine guard ({@link org.creditcommitment.security.forms.TaskFormCheck}) asks every check for every editable field
 * it accepts by the form's own rules, before the engine writes a thing.
 */
public interface TaskFormFieldCheck {

  /**
   * What is wrong with the value the caller submits ({@code [zh, en]}); empty when it is fine or the field is not this
   * module's.
   *
   * @param value the value as submitted, a non-empty text for a text field
   */
  Optional<String[]> problem(String fieldKey, Object value, String userId);
}
