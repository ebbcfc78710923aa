package org.creditcommitment.catalogue;

import java.util.List;

/** A catalogue that cannot be used; each problem names its place (file and line, or field). */
class CatalogueException extends RuntimeException {

  private final List<String> problems;

  public CatalogueException(String source, List<String> problems) {
    super("Service-item catalogue " + source + " is invalid:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
