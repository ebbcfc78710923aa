package org.creditcommitment.documents.seal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.SamplePdfs;
import org.creditcommitment.system.HashAlgorithm;

/**
 * CPU milliseconds per issued document, as a layout thread spends them: the QR code, the layout, PDF/A-2b, the visible
 * seal, the SM2 signature and the SM3 digest of the sample documents ({@code SamplePdfs}: each draws its QR code), after a
 * warm-up. Not a test (it asserts nothing and is not timed in the suite); docs/documents.md#layout-cost says how to run
 * it, with a flight recording, and what it measured. Arguments: warm-up rounds, measured rounds (each round issues
 * every type once).
 */
public final class DocumentLayoutCost {

  private static final Map<DocumentType, String> ISSUERS = new EnumMap<>(DocumentType.class);

  static {
    for (DocumentType type : DocumentType.values()) {
      ISSUERS.put(type, SamplePdfs.issuer(type));
    }
  }

  private DocumentLayoutCost() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    SealProvider sm2 = new LocalKeyStoreSealProvider(SealTestKeys.properties(null, SealAlgorithm.SM2, true),
        SealAlgorithm.SM2, Clock.systemUTC());
    DocumentSealer sealer = SealTestKeys.sealer(sm2);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < warmUp; i++) {
      for (DocumentType type : DocumentType.values()) {
        issue(sealer, type);
      }
    }
    Map<DocumentType, long[]> cpu = new EnumMap<>(DocumentType.class);
    Map<DocumentType, Integer> sizes = new EnumMap<>(DocumentType.class);
    // the flight recording (-Dcost.jfr=file) covers the measured rounds only, not the warm-up
    Recording recording = null;
    if (System.getProperty("cost.jfr") != null) {
      try {
        recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(System.getProperty("cost.jfr")));
      } catch (IOException | ParseException e) {
        throw new IllegalStateException(e);
      }
      recording.start();
    }
    long processBefore = os.getProcessCpuTime();
    long threadBefore = threads.getCurrentThreadCpuTime();
    long wallBefore = System.nanoTime();
    int issued = 0;
    for (int i = 0; i < rounds; i++) {
      for (DocumentType type : DocumentType.values()) {
        long before = threads.getCurrentThreadCpuTime();
        int bytes = issue(sealer, type);
        cpu.computeIfAbsent(type, t -> new long[rounds])[i] = threads.getCurrentThreadCpuTime() - before;
        sizes.put(type, bytes);
        issued++;
      }
    }
    double wall = (System.nanoTime() - wallBefore) / 1e6;
    if (recording != null) {
      recording.stop();
      recording.close();
    }
    double thread = (threads.getCurrentThreadCpuTime() - threadBefore) / 1e6;
    double process = (os.getProcessCpuTime() - processBefore) / 1e6;
    StringBuilder out = new StringBuilder();
    // the median of the rounds: a round that another process slowed down (the machine is shared) does not count
    out.append(String.format("%-26s %14s %8s%n", "type", "cpu ms median", "bytes"));
    double medians = 0;
    for (Map.Entry<DocumentType, long[]> e : cpu.entrySet()) {
      long[] times = e.getValue().clone();
      Arrays.sort(times);
      double median = times[rounds / 2] / 1e6;
      medians += median;
      out.append(String.format("%-26s %14.1f %8d%n", e.getKey(), median, sizes.get(e.getKey())));
    }
    out.append(String.format("mean of the types' medians %.1f ms; all %d documents: thread cpu %.1f ms/doc, process cpu"
        + " %.1f ms/doc (with GC and JIT threads), wall %.1f ms/doc%n", medians / cpu.size(), issued, thread / issued,
        process / issued, wall / issued));
    System.out.print(out);
  }

  /** One document as the layout thread issues it; its size. */
  static int issue(DocumentSealer sealer, DocumentType type) {
    byte[] sealed = sealer.seal(SamplePdfs.laidOut(type), "scjg", ISSUERS.get(type), type.title());
    HashAlgorithm.SM3.hex(sealed, null);
    return sealed.length;
  }
}
