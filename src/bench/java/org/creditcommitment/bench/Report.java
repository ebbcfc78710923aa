package org.creditcommitment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's output: a progress line per step on standard output (and progress.log), and at the
 * end report.md and report.json under target/bench with the machine, every setting and the figures.
 * Each figure is ours against a baseline measured in the same JVM, because these machines are noisy.
 */
public final class Report {

  /** One headline figure. {@code ratio} is ours/baseline for rates, baseline/ours for times (higher is better). */
  public record Figure(String benchmark, String name, String unit, double ours, double baseline, double ratio,
      String goal, Boolean met) {}

  private final Path dir;
  private final long started = System.nanoTime();
  private final Map<String, Object> machine = new LinkedHashMap<>();
  private final Map<String, Object> settings = new LinkedHashMap<>();
  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, List<Map<String, Object>>> details = new LinkedHashMap<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();

  public Report(Settings settings) {
    this.dir = Path.of(settings.dir);
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(dir.resolve("progress.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.settings.putAll(settings.asMap());
    machine.put("date", OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("memoryMiB", totalMemoryMiB());
    machine.put("cpu", cpuModel());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  public void machine(String key, Object value) {
    machine.put(key, value);
  }

  public void setting(String key, Object value) {
    settings.put(key, value);
  }

  public synchronized void progress(String format, Object... args) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    String line = String.format(Locale.ROOT, "[bench %02d:%02d] ", elapsed.toMinutes(), elapsed.toSecondsPart())
        + String.format(Locale.ROOT, format, args);
    System.out.println(line);
    System.out.flush();
    append("progress.log", line + "\n");
  }

  public void figure(Figure figure) {
    figures.add(figure);
    progress("%s: %s = %.2f %s (baseline %.2f, ratio %.2f)%s", figure.benchmark(), figure.name(), figure.ours(),
        figure.unit(), figure.baseline(), figure.ratio(),
        figure.met() == null ? "" : figure.met() ? " goal met" : " GOAL MISSED (" + figure.goal() + ")");
  }

  /** A rate, higher is better: ratio = ours / baseline. */
  public void rate(String benchmark, String name, String unit, double ours, double baseline, String goal,
      Double minRatio) {
    double ratio = baseline == 0 ? 0 : ours / baseline;
    figure(new Figure(benchmark, name, unit, ours, baseline, ratio, goal, minRatio == null ? null : ratio >= minRatio));
  }

  /** A time, lower is better: ratio = baseline / ours; the goal is an absolute bound on ours. */
  public void time(String benchmark, String name, double oursMs, double baselineMs, String goal, Double maxMs) {
    figure(new Figure(benchmark, name, "ms", oursMs, baselineMs, oursMs == 0 ? 0 : baselineMs / oursMs, goal,
        maxMs == null ? null : oursMs < maxMs));
  }

  public void detail(String benchmark, Map<String, Object> row) {
    details.computeIfAbsent(benchmark, k -> new ArrayList<>()).add(row);
  }

  public void note(String benchmark, String text) {
    notes.computeIfAbsent(benchmark, k -> new ArrayList<>()).add(text);
    progress("%s: %s", benchmark, text);
  }

  public void write() {
    machine.put("totalMinutes", Math.round((System.nanoTime() - started) / 6e8) / 100.0);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("machine", machine);
    json.put("settings", settings);
    json.put("figures", figures);
    json.put("details", details);
    json.put("notes", notes);
    try {
      Files.writeString(dir.resolve("report.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(json), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress("report written to %s", dir.resolve("report.md").toAbsolutePath());
  }

  private String markdown() {
    StringBuilder md = new StringBuilder("# Benchmark report\n\n");
    md.append("## Machine\n\n| | |\n|---|---|\n");
    machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\n## Settings\n\n| | |\n|---|---|\n");
    settings.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\n## Summary\n\n").append(summaryTable());
    for (String benchmark : unionOfSections()) {
      md.append("\n## ").append(benchmark).append("\n\n");
      List<Map<String, Object>> rows = details.getOrDefault(benchmark, List.of());
      if (!rows.isEmpty()) {
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        md.append("| ").append(String.join(" | ", columns)).append(" |\n|");
        columns.forEach(c -> md.append("---|"));
        md.append("\n");
        for (Map<String, Object> row : rows) {
          md.append("| ");
          for (String c : columns) {
            md.append(format(row.get(c))).append(" | ");
          }
          md.append("\n");
        }
        md.append("\n");
      }
      for (String note : notes.getOrDefault(benchmark, List.of())) {
        md.append("- ").append(note).append("\n");
      }
    }
    return md.toString();
  }

  /** The headline table, also pasted into docs/benchmarks.md. */
  public String summaryTable() {
    StringBuilder md = new StringBuilder(
        "| benchmark | figure | ours | baseline | ratio | goal | met |\n|---|---|---:|---:|---:|---|---|\n");
    for (Figure f : figures) {
      md.append(String.format(Locale.ROOT, "| %s | %s (%s) | %s | %s | %s | %s | %s |\n", f.benchmark(), f.name(),
          f.unit(), format(f.ours()), format(f.baseline()), Double.isNaN(f.ratio()) ? "–" : String.format(Locale.ROOT,
          "%.2f", f.ratio()), f.goal() == null ? "" : f.goal(),
          f.met() == null ? "" : f.met() ? "yes" : "**no**"));
    }
    return md.toString();
  }

  private List<String> unionOfSections() {
    List<String> sections = new ArrayList<>();
    figures.forEach(f -> {
      if (!sections.contains(f.benchmark())) {
        sections.add(f.benchmark());
      }
    });
    details.keySet().forEach(k -> {
      if (!sections.contains(k)) {
        sections.add(k);
      }
    });
    notes.keySet().forEach(k -> {
      if (!sections.contains(k)) {
        sections.add(k);
      }
    });
    return sections;
  }

  private static String format(Object value) {
    if (value instanceof Double d && d.isNaN()) {
      return "–";
    }
    if (value instanceof Double d) {
      return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.2f", d);
    }
    return String.valueOf(value);
  }

  private void append(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long totalMemoryMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux: the JVM's view is the next best thing
    }
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize() / (1024 * 1024);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Resident set size of this JVM in MiB (Linux), or -1. */
  public static long residentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    return -1;
  }
}
