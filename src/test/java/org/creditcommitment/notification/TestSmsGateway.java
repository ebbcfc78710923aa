package org.creditcommitment.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free port standing in for an SMS gateway: it answers each POST with the next status queued
 * ({@link #answer}, 200 when none is left) and keeps what it received.
 */
final class TestSmsGateway implements AutoCloseable {

  record Received(String idempotencyHeader, String authorization, Map<String, Object> body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
  final List<Received> received = new CopyOnWriteArrayList<>();

  TestSmsGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/sms", exchange -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
      received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
          exchange.getRequestHeaders().getFirst("Authorization"), body));
      Integer status = answers.poll();
      byte[] answer = (status == null || status < 300 ? "{\"code\":\"OK\"}" : "{\"code\":\"E" + status + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
  }

  TestSmsGateway answer(int... statuses) {
    for (int status : statuses) {
      answers.add(status);
    }
    return this;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
  }

  static ShortMessageProperties properties(URI url) {
    return new ShortMessageProperties(ShortMessageProperties.Mode.HTTP, url, "cc-app", "s3cret", "某市政务服务",
        "SMS_DEFAULT", Map.of(NotificationType.CORRECTION_NOTICE, "SMS_CORRECTION"), Duration.ofSeconds(2),
        Duration.ofSeconds(5), 3, true);
  }

  HttpShortMessageGateway adapter() {
    return new HttpShortMessageGateway(properties(url()), new ObjectMapper());
  }

  /** An address where nothing listens: a port taken and given back. */
  static URI nowhere() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/sms");
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
