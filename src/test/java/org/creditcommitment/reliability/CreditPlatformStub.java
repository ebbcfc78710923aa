package org.creditcommitment.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A credit platform as docs/credit-platform-api.md describes it, for the http adapter: every subject
 * has grade AA; it keeps one record per Idempotency-Key, as the contract demands, and counts every
 * request per key so a scenario can prove that the product never pushed one fact under two keys.
 * {@link #down(boolean)} simulates an outage; half the pushes during an outage are stored and then
 * answered 503 (the answer lost), so the product's retry must be recognised as a duplicate. DISHONESTY
 * pushes become dishonesty records that the record calls read, that CORRECTION, REPAIR and PUBLICITY_END
 * pushes change and that objections mark.
 */
final class CreditPlatformStub implements AutoCloseable {

  record Stored(String key, String type, String reference, String recordId) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RECORD = Pattern.compile("^/subjects/([^/]+)/dishonesty-records/(\\d+)$");
  private static final Pattern OBJECTION =
      Pattern.compile("^/subjects/([^/]+)/dishonesty-records/(\\d+)/objections/([^/]+)$");

  private final HttpServer server;
  private final Map<String, Stored> records = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requestsPerKey = new ConcurrentHashMap<>();
  private final Map<String, String> inspections = new ConcurrentHashMap<>();
  /** Dishonesty records by id, in the contract's JSON shape. */
  private final Map<Long, Map<String, Object>> dishonesty = new ConcurrentHashMap<>();
  /** The objection that marks a record, by record id. */
  private final Map<Long, String> objectionMarks = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1000);
  private final AtomicInteger refusedDuringOutage = new AtomicInteger();
  private final AtomicInteger badToken = new AtomicInteger();
  private volatile boolean down;

  CreditPlatformStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  void down(boolean down) {
    this.down = down;
  }

  List<Stored> records() {
    return List.copyOf(records.values());
  }

  int requests(String key) {
    AtomicInteger n = requestsPerKey.get(key);
    return n == null ? 0 : n.get();
  }

  Map<String, String> inspections() {
    return Map.copyOf(inspections);
  }

  Map<Long, String> objectionMarks() {
    return Map.copyOf(objectionMarks);
  }

  /** A copy of the dishonesty record as the platform holds it now, or null for an id it never gave out. */
  Map<String, Object> dishonestyRecord(long id) {
    Map<String, Object> found = dishonesty.get(id);
    if (found == null) {
      return null;
    }
    synchronized (found) {
      return new LinkedHashMap<>(found);
    }
  }

  int refusedDuringOutage() {
    return refusedDuringOutage.get();
  }

  /**
   * Record ids handed out from now on are greater than {@code floor}: for a test whose database also holds
   * another platform's record ids (objections and repairs are keyed by record id), so that the two never meet.
   */
  void idsAbove(long floor) {
    nextId.accumulateAndGet(floor, Math::max);
  }

  int badToken() {
    return badToken.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!("Bearer " + AppProcess.CREDIT_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        badToken.incrementAndGet();
        answer(exchange, 401, Map.of("error", "bad token"));
        return;
      }
      String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v1", "");
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      if (key != null) {
        requestsPerKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      }
      if (path.startsWith("/subjects/") && path.endsWith("/profile")) {
        if (down) {
          refusedDuringOutage.incrementAndGet();
          answer(exchange, 503, Map.of("error", "maintenance"));
          return;
        }
        answer(exchange, 200, profile(path.substring("/subjects/".length(), path.length() - "/profile".length())));
      } else if (path.equals("/records")) {
        JsonNode request = JSON.readTree(body);
        if (down && requests(key) % 2 == 0) {
          refusedDuringOutage.incrementAndGet();
          answer(exchange, 503, Map.of("error", "maintenance"));
          return;
        }
        boolean[] fresh = {false};
        Stored stored = records.computeIfAbsent(key, k -> {
          fresh[0] = true;
          Stored created = new Stored(k, request.path("type").asText(), request.path("reference").asText(),
              Long.toString(nextId.incrementAndGet()));
          apply(created, request);
          return created;
        });
        if (down) {
          // stored, but the answer is lost: the product must retry with the same key
          refusedDuringOutage.incrementAndGet();
          answer(exchange, 503, Map.of("error", "gateway timeout"));
          return;
        }
        answer(exchange, fresh[0] ? 201 : 200, Map.of("recordId", stored.recordId(), "duplicate", !fresh[0]));
      } else if (path.equals("/inspection-results")) {
        if (down) {
          refusedDuringOutage.incrementAndGet();
          answer(exchange, 503, Map.of("error", "maintenance"));
          return;
        }
        inspections.putIfAbsent(key, JSON.readTree(body).path("caseNumber").asText());
        answer(exchange, 200, Map.of());
      } else if (path.startsWith("/subjects/") || path.equals("/dishonesty-records")) {
        if (down) {
          refusedDuringOutage.incrementAndGet();
          answer(exchange, 503, Map.of("error", "maintenance"));
          return;
        }
        handleDishonesty(exchange, path);
      } else {
        answer(exchange, 404, Map.of("error", "no such call"));
      }
    }
  }

  /** Every subject is known here, so a 404 is always a record the subject does not have. */
  private void handleDishonesty(HttpExchange exchange, String path) throws IOException {
    String method = exchange.getRequestMethod();
    Matcher record = RECORD.matcher(path);
    Matcher objection = OBJECTION.matcher(path);
    if (path.equals("/dishonesty-records") && method.equals("GET")) {
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      Predicate<Map<String, Object>> asked;
      if (query.containsKey("publicityEndedBefore")) {
        LocalDate day = LocalDate.parse(query.get("publicityEndedBefore"));
        asked = r -> "ACTIVE".equals(r.get("status")) && LocalDate.parse((String) r.get("publicityEnd")).isBefore(day);
      } else if (query.containsKey("recordedSince")) {
        LocalDate from = LocalDate.parse(query.get("recordedSince"));
        asked = r -> !LocalDate.parse((String) r.get("date")).isBefore(from);
      } else {
        answer(exchange, 400, Map.of("error", "publicityEndedBefore or recordedSince required"));
        return;
      }
      answer(exchange, 200, Map.of("records", dishonesty.values().stream().filter(asked)
          .sorted(Comparator.comparing(r -> (Long) r.get("id"))).toList()));
    } else if (record.matches() && method.equals("GET")) {
      Map<String, Object> found = recordOf(record.group(1), Long.parseLong(record.group(2)));
      answer(exchange, found == null ? 404 : 200, found == null ? Map.of("error", "unknown-record") : found);
    } else if (objection.matches() && (method.equals("PUT") || method.equals("DELETE"))) {
      long id = Long.parseLong(objection.group(2));
      Map<String, Object> found = recordOf(objection.group(1), id);
      if (found == null) {
        answer(exchange, 404, Map.of("error", "unknown-record"));
        return;
      }
      String no = objection.group(3);
      synchronized (found) {
        if (method.equals("DELETE")) {
          if (objectionMarks.remove(id, no)) {
            found.put("status", "ACTIVE");
          }
        } else if ("ACTIVE".equals(found.get("status"))) {
          objectionMarks.put(id, no);
          found.put("status", "UNDER_OBJECTION");
        } else if (!no.equals(objectionMarks.get(id))) {
          answer(exchange, 409, Map.of("error", "record is " + found.get("status")));
          return;
        }
      }
      answer(exchange, 204, null);
    } else {
      answer(exchange, 404, Map.of("error", "no such call"));
    }
  }

  private Map<String, Object> recordOf(String subjectCode, long id) {
    Map<String, Object> found = dishonesty.get(id);
    return found != null && subjectCode.equals(found.get("subjectCode")) ? found : null;
  }

  /** What a fresh push does to the dishonesty records, as the embedded platform would. */
  private void apply(Stored stored, JsonNode request) {
    JsonNode payload = request.path("payload");
    String subject = request.path("subjectCode").asText();
    switch (stored.type()) {
      case "DISHONESTY" -> {
        String date = payload.path("date").asText(LocalDate.now().toString());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", Long.parseLong(stored.recordId()));
        created.put("subjectCode", subject);
        created.put("sourceUnit", payload.path("sourceUnit").asText());
        created.put("basis", payload.path("basis").asText());
        created.put("domain", payload.hasNonNull("domain") ? payload.path("domain").asText() : null);
        created.put("date", date);
        created.put("publicityStart", payload.path("publicityStart").asText(date));
        created.put("publicityEnd", payload.path("publicityEnd").asText());
        created.put("status", "ACTIVE");
        dishonesty.put((Long) created.get("id"), created);
      }
      case "CORRECTION", "REPAIR", "PUBLICITY_END" -> {
        long id = Long.parseLong(stored.reference());
        Map<String, Object> found = recordOf(subject, id);
        if (found == null) {
          return;
        }
        synchronized (found) {
          if (stored.type().equals("CORRECTION")) {
            for (String field : List.of("sourceUnit", "basis", "domain", "publicityEnd")) {
              if (payload.has(field)) {
                found.put(field, payload.path(field).asText());
              }
            }
          }
          found.put("status", switch (stored.type()) {
            case "CORRECTION" -> payload.path("status").asText("CORRECTED");
            case "REPAIR" -> "REPAIRED";
            default -> "EXPIRED";
          });
          objectionMarks.remove(id);
        }
      }
      default -> { }
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
              java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  private static Map<String, Object> profile(String code) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("code", code);
    // the registered name: the product holds an application against it, and CaseDriver applies with it
    profile.put("name", "可靠性测试企业" + code.substring(8, 14) + "有限公司");
    profile.put("subjectType", "LEGAL");
    profile.put("email", "applicant-" + code + "@example.test");
    profile.put("grade", "AA");
    profile.put("redListed", false);
    profile.put("blacklisted", false);
    return profile;
  }

  private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
