package org.creditcommitment.statistics;

import java.util.Comparator;

/** A department and one of its items, as stored on the case (the catalogue may have changed since). */
record ItemKey(String department, String itemCode) implements Comparable<ItemKey> {

  private static final Comparator<ItemKey> ORDER = Comparator.comparing(ItemKey::department)
      .thenComparing(ItemKey::itemCode);

  @Override
  public int compareTo(ItemKey other) {
    return ORDER.compare(this, other);
  }
}
