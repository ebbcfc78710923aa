package org.creditcommitment.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real application jar as a separate JVM (what production runs), on the scenario's PostgreSQL. Its
 * output goes to a log file the scenario greps for secrets afterwards.
 */
final class AppProcess {

  static final String DB_PASSWORD = "Pg-Secret-7f3a9c";
  static final String CREDIT_TOKEN = "credit-token-5b8e21d4";

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  final int port;
  private Process process;

  AppProcess(String name, String jdbcUrl, Path workDir, List<String> extraArgs) {
    this.name = name;
    this.port = freePort();
    this.log = workDir.resolve(name + ".log");
    String jar = System.getProperty("cc.app.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("cc.app.jar does not name the packaged application: " + jar
          + " (run through `./mvnw verify`, which packages it before the ITs)");
    }
    command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
        "-jar", jar,
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=true",
        // a job locked by a killed node is taken over once its lock expires (production: 5 min)
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000",
        "--cc.external-calls.retry-cycle=R3/PT2S",
        "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000",
        "--cc.notification.poll-interval=1s",
        "--cc.notification.retry-initial=1s",
        "--cc.notification.retry-max=2s",
        "--cc.notification.template-dir=" + workDir.resolve("no-mail-overrides"),
        "--cc.calendar.dir=" + workDir.resolve("no-calendar"),
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + freePort(),
        "--spring.mail.properties.mail.smtp.connectiontimeout=1000",
        "--spring.datasource.hikari.connection-timeout=5000",
        "--spring.datasource.hikari.maximum-pool-size=10",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=error",
        "--logging.level.org.camunda.bpm.engine.context=error"));
    command.addAll(extraArgs);
    environment = Map.of("DB_URL", jdbcUrl, "DB_USER", "postgres", "DB_PASSWORD", DB_PASSWORD,
        "CC_CREDIT_HTTP_TOKEN", CREDIT_TOKEN);
  }

  /** Starts the JVM and waits until /actuator/health answers UP. */
  AppProcess start() {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    HttpClient client = HttpClient.newHttpClient();
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(500);
    }
    throw new IllegalStateException(name + " did not report UP within 3 minutes; see " + log);
  }

  /** kill -9: no shutdown hook, no graceful stop, transactions in flight are lost. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A normal stop (SIGTERM) at the end of a scenario. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  String base() {
    return "http://localhost:" + port;
  }

  Path log() {
    return log;
  }

  String name() {
    return name;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
