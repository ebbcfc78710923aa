package org.creditcommitment.reliability;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portal's filings (apply, the voluntary text to sign, file a voluntary commitment) sent while the credit
 * platform is down, and how many of them were answered 5xx or not at all. A service centre keeps taking applications
 * during an outage (the name is verified later by the process), so the scenarios count these errors: 0 expected.
 * Passes every call on to the observer it wraps.
 */
final class OutageCalls implements CaseDriver.CallObserver {

  static final Set<String> FILINGS = Set.of("apply", "voluntary text to sign", "file voluntary commitment");

  private final CaseDriver.CallObserver next;
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
  private volatile boolean down;

  OutageCalls(CaseDriver.CallObserver next) {
    this.next = next;
  }

  /** The credit platform is down from now on (true) or up again (false). */
  void platformDown(boolean down) {
    this.down = down;
  }

  @Override
  public void called(String method, String path, String user, int status, long nanos) {
    next.called(method, path, user, status, nanos);
    String kind = SoakFigures.kind(method, path, user);
    if (!down || !FILINGS.contains(kind)) {
      return;
    }
    calls.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    if (status < 0 || status >= 500) {
      errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }
  }

  int calls(String kind) {
    AtomicInteger n = calls.get(kind);
    return n == null ? 0 : n.get();
  }

  int errors(String kind) {
    AtomicInteger n = errors.get(kind);
    return n == null ? 0 : n.get();
  }

  /** Per kind of filing: "errors of calls", e.g. {apply=0 of 12}. */
  String summary() {
    Map<String, String> out = new TreeMap<>();
    FILINGS.forEach(kind -> out.put(kind, errors(kind) + " of " + calls(kind)));
    return out.toString();
  }
}
