package org.creditcommitment.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * answered 503 (the answer lost), so the product's retry must be recognised as a duplicate.
 */
final class CreditPlatformStub implements AutoCloseable {

  record Stored(String key, String type, String reference, String recordId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, Stored> records = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requestsPerKey = new ConcurrentHashMap<>();
  private final Map<String, String> inspections = new ConcurrentHashMap<>();
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

  int refusedDuringOutage() {
    return refusedDuringOutage.get();
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
          return new Stored(k, request.path("type").asText(), request.path("reference").asText(),
              Long.toString(nextId.incrementAndGet()));
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
      } else {
        answer(exchange, 404, Map.of("error", "no such call"));
      }
    }
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
