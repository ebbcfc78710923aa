package org.creditcommitment.casehistory;

import java.util.ArrayList;
import java.util.List;

/** Labelled values of a business event; an empty value is left out, as an empty form field says nothing. */
final class FieldList {

  private final List<BusinessEvent.Field> fields = new ArrayList<>();

  /** Adds the value formatted for display (是/否, Beijing time, Chinese dates). */
  FieldList add(String label, Object value) {
    return addText(label, DisplayFormat.text(value));
  }

  /** Adds text that is already formatted. */
  FieldList addText(String label, String text) {
    if (text != null && !text.isBlank() && !"[]".equals(text.strip())) {
      fields.add(new BusinessEvent.Field(label, text.strip()));
    }
    return this;
  }

  /** Adds a value that links to where it can be read. */
  FieldList addLink(String label, String text, String href) {
    fields.add(new BusinessEvent.Field(label, text, href));
    return this;
  }

  List<BusinessEvent.Field> list() {
    return List.copyOf(fields);
  }
}
