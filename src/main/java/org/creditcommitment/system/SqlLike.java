package org.creditcommitment.system;

/**
 * Text matched literally inside a SQL {@code LIKE} pattern. Backslash is the default escape character of both
 * H2 and PostgreSQL, so the pattern needs no {@code ESCAPE} clause.
 */
public final class SqlLike {

  private SqlLike() {
  }

  /** {@code text} with its wildcards and escape character escaped, to be placed between {@code %}s. */
  public static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
