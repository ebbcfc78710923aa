package org.creditcommitment.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed once per key and kept for the most recently used keys only: what is parsed from text that never
 * changes under its key (a deployed form, a FEEL expression, a catalogue item's stored content). Safe for concurrent
 * use; two threads asking for a new key at once may both compute it, which costs only the work.
 */
public final class RecentlyUsed<K, V> {

  private final Map<K, V> values;

  /** @param capacity how many keys are kept; the least recently used falls out first */
  public RecentlyUsed(int capacity) {
    this.values = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    });
  }

  /** The value kept for the key, or the one computed now (kept unless null, so a failed read is tried again). */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V value = values.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (value != null) {
        values.put(key, value);
      }
    }
    return value;
  }

  public int size() {
    return values.size();
  }
}
