package org.creditcommitment.evidence;

import java.util.Optional;

/**
 * The virus-scan port: every upload is handed to it after its type was recognised and before anything is written.
 * The default ({@link NoEvidenceScanner}) scans nothing. An adapter (docs/security.md "Evidence files"), e.g. one
 * speaking clamd's {@code INSTREAM} protocol, is a Spring bean implementing this interface; it must
 * <ul>
 *   <li>answer {@link Verdict#clean()} or {@link Verdict#infected(String)} for the bytes it was given, and</li>
 *   <li>throw when it cannot judge (scanner away, timeout): the upload is then refused as unavailable (503) and
 *       nothing is kept, never accepted unscanned.</li>
 * </ul>
 */
public interface EvidenceScanner {

  Verdict scan(String fileName, byte[] content);

  /** @param threat the scanner's name for what it found; empty when the content is clean */
  record Verdict(Optional<String> threat) {

    public static Verdict clean() {
      return new Verdict(Optional.empty());
    }

    public static Verdict infected(String threat) {
      return new Verdict(Optional.of(threat));
    }
  }
}
