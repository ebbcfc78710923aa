package org.creditcommitment.credit.adapters;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.PushRefusals;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.InspectionResult;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.credit.MaskedCodes;
import org.creditcommitment.credit.UnknownSubjectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A remote credit platform over HTTP (adapter {@code http}); the contract is docs/credit-platform-api.md.
 * Timeouts, connection errors, 5xx and 429 are retried with exponential backoff; anything else that is
 * not a usable answer fails at once. Every failure is a {@link CreditPlatformException}.
 */
class HttpCreditPlatform implements CreditPlatform {

  private static final Logger log = LoggerFactory.getLogger(HttpCreditPlatform.class);
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private final CreditProperties.Http settings;
  private final String baseUrl;
  private final String source;
  private final HttpClient client;
  private final Clock clock;
  private final PushRefusals refusals;

  HttpCreditPlatform(CreditProperties.Http settings, Clock clock) {
    this(settings, clock, null);
  }

  /** @param refusals where the records the platform refuses are noted (合规率); null notes none */
  HttpCreditPlatform(CreditProperties.Http settings, Clock clock, PushRefusals refusals) {
    this.refusals = refusals;
    if (settings.baseUrl() == null || settings.baseUrl().toString().isBlank()) {
      throw new IllegalStateException("cc.credit.adapter is http but cc.credit.http.base-url is not set");
    }
    this.settings = settings;
    this.baseUrl = settings.baseUrl().toString().replaceAll("/+$", "");
    this.source = "http:" + baseUrl;
    this.clock = clock;
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public CreditProfile query(String code) {
    String what = "Credit query for " + MaskedCodes.of(code);
    HttpResponse<String> response = send(what, request("/subjects/" + encode(code) + "/profile").GET());
    if (response.statusCode() == 404) {
      throw new UnknownSubjectException(code);
    }
    requireSuccess(what, response);
    CreditProfile profile = read(what, response, CreditProfile.class);
    if (profile.code() == null || profile.subjectType() == null || !code.equals(profile.code())) {
      throw new CreditPlatformException(
          what + " failed: the answer of " + baseUrl + " is not the profile of " + MaskedCodes.of(code));
    }
    if (profile.name() == null || profile.name().isBlank()) {
      // an application is held against the registered name: a profile without one cannot be used
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " has no registered name");
    }
    return profile.answeredBy(source, clock.instant());
  }

  @Override
  public PushReceipt push(CreditRecord record) {
    String what = record.type() + " push for " + record.subjectCode() + " (key " + record.idempotencyKey() + ")";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", record.type().name());
    body.put("subjectCode", record.subjectCode());
    body.put("reference", record.reference());
    body.put("payload", record.payload());
    HttpResponse<String> response = send(what, request("/records")
        .header("Idempotency-Key", record.idempotencyKey())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
    noteRefusal(record, response);
    requireSuccess(what, response);
    PushAnswer answer = read(what, response, PushAnswer.class);
    if (answer.recordId() == null || answer.recordId().isBlank()) {
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " has no recordId");
    }
    return new PushReceipt(answer.recordId(), record.idempotencyKey(), answer.duplicate(), clock.instant(), source);
  }

  @Override
  public void feedInspection(InspectionResult result) {
    String what = "Inspection result for case " + result.caseNumber();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", result.caseNumber());
    body.put("subjectCode", result.subjectCode());
    body.put("compliant", result.compliant());
    body.put("findings", result.findings());
    body.put("inspectedOn", result.inspectedOn().toString());
    body.put("inspector", result.inspector());
    requireSuccess(what, send(what, request("/inspection-results")
        .header("Idempotency-Key", result.idempotencyKey())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8))));
  }

  @Override
  public Optional<DishonestyRecord> dishonestyRecord(String subjectCode, long recordId) {
    String what = "Dishonesty record " + recordId + " of " + MaskedCodes.of(subjectCode);
    HttpResponse<String> response = send(what, request(recordPath(subjectCode, recordId)).GET());
    if (response.statusCode() == 404) {
      throwIfUnknownSubject(subjectCode, response);
      return Optional.empty();
    }
    requireSuccess(what, response);
    DishonestyRecord record = complete(what, read(what, response, DishonestyRecord.class));
    if (record.id() != recordId || !subjectCode.equals(record.subjectCode())) {
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " is record " + record.id()
          + " of " + record.subjectCode());
    }
    return Optional.of(record);
  }

  @Override
  public void markUnderObjection(String subjectCode, long recordId, String objectionNo) {
    String what = "Objection mark " + objectionNo + " on dishonesty record " + recordId + " of "
        + MaskedCodes.of(subjectCode);
    HttpResponse<String> response = send(what, request(objectionPath(subjectCode, recordId, objectionNo))
        .PUT(HttpRequest.BodyPublishers.noBody()));
    requireRecordFound(what, subjectCode, response);
    requireSuccess(what, response);
  }

  @Override
  public void withdrawObjectionMark(String subjectCode, long recordId, String objectionNo) {
    String what = "Withdrawal of objection mark " + objectionNo + " on dishonesty record " + recordId + " of "
        + subjectCode;
    HttpResponse<String> response = send(what, request(objectionPath(subjectCode, recordId, objectionNo)).DELETE());
    requireRecordFound(what, subjectCode, response);
    requireSuccess(what, response);
  }

  @Override
  public List<AdministrativePenalty> penalties(String subjectCode, LocalDate from, LocalDate to) {
    String what = "Penalties of " + MaskedCodes.of(subjectCode) + " decided " + from + " to " + to;
    HttpResponse<String> response = send(what, request("/subjects/" + encode(subjectCode) + "/penalties?decidedFrom="
        + from + "&decidedTo=" + to).GET());
    if (response.statusCode() == 404) {
      throwIfUnknownSubject(subjectCode, response);
    }
    requireSuccess(what, response);
    PenaltiesAnswer answer = read(what, response, PenaltiesAnswer.class);
    if (answer.penalties() == null) {
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " has no penalties list");
    }
    // a report that attests the absence of penalties must not rest on an answer that ignored the period
    for (AdministrativePenalty penalty : answer.penalties()) {
      if (penalty == null || penalty.decisionNumber() == null || penalty.decisionNumber().isBlank()
          || penalty.description() == null || penalty.decidedOn() == null) {
        throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " holds an incomplete penalty"
            + (penalty == null ? "" : " (id " + penalty.id() + ")"));
      }
      if (penalty.decidedOn().isBefore(from) || penalty.decidedOn().isAfter(to)) {
        throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " holds penalty "
            + penalty.id() + " decided " + penalty.decidedOn() + ", which was not asked for");
      }
    }
    return List.copyOf(answer.penalties());
  }

  @Override
  public List<DishonestyRecord> recordsWithPublicityEndedBefore(LocalDate day) {
    // a platform that ignored the filter would have every record leave publicity: its answer is checked
    return records("Records with publicity ended before " + day, "publicityEndedBefore=" + day,
        r -> r.inForce() && r.publicityEnd().isBefore(day));
  }

  @Override
  public List<DishonestyRecord> recordsSince(LocalDate from) {
    return records("Records since " + from, "recordedSince=" + from, r -> !r.date().isBefore(from));
  }

  private List<DishonestyRecord> records(String what, String query, Predicate<DishonestyRecord> asked) {
    HttpResponse<String> response = send(what, request("/dishonesty-records?" + query).GET());
    requireSuccess(what, response);
    RecordsAnswer answer = read(what, response, RecordsAnswer.class);
    if (answer.records() == null) {
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " has no records list");
    }
    for (DishonestyRecord record : answer.records()) {
      if (!asked.test(complete(what, record))) {
        throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " holds record "
            + record.id() + " (" + record.status() + ", " + record.date() + " to " + record.publicityEnd()
            + "), which was not asked for");
      }
    }
    return List.copyOf(answer.records());
  }

  /** Letters, forms, expiry and warnings read these fields: a record without one cannot be used. */
  private DishonestyRecord complete(String what, DishonestyRecord record) {
    if (record == null || record.subjectCode() == null || record.sourceUnit() == null || record.basis() == null
        || record.date() == null || record.publicityStart() == null || record.publicityEnd() == null
        || record.status() == null) {
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " holds an incomplete "
          + "dishonesty record" + (record == null ? "" : " (id " + record.id() + ")"));
    }
    return record;
  }

  /** A 404 names an unknown subject in its body; any other 404 is a record the subject does not have. */
  private void throwIfUnknownSubject(String subjectCode, HttpResponse<String> response) {
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return; // a 404 without a readable body names no subject
    }
    if (body != null && "unknown-subject".equals(body.path("error").asText())) {
      throw new UnknownSubjectException(subjectCode);
    }
  }

  private void requireRecordFound(String what, String subjectCode, HttpResponse<String> response) {
    if (response.statusCode() == 404) {
      throwIfUnknownSubject(subjectCode, response);
      throw new CreditPlatformException(what + " failed: " + baseUrl + " has no such record" + snippet(response.body()));
    }
  }

  private static String recordPath(String subjectCode, long recordId) {
    return "/subjects/" + encode(subjectCode) + "/dishonesty-records/" + recordId;
  }

  private static String objectionPath(String subjectCode, long recordId, String objectionNo) {
    return recordPath(subjectCode, recordId) + "/objections/" + encode(objectionNo);
  }

  /** The body of a push answer. */
  record PushAnswer(String recordId, boolean duplicate) {}

  /** The body of a records listing. */
  record RecordsAnswer(List<DishonestyRecord> records) {}

  /** The body of a penalties listing. */
  record PenaltiesAnswer(List<AdministrativePenalty> penalties) {}

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(settings.readTimeout())
        .header("Accept", "application/json");
    if (settings.token() != null && !settings.token().isBlank()) {
      builder.header("Authorization", "Bearer " + settings.token());
    }
    return builder;
  }

  /** Sends with retries; returns the first answer that is not worth retrying. */
  private HttpResponse<String> send(String what, HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    int attempts = settings.retries() + 1;
    String lastProblem = null;
    Exception lastCause = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() < 500 && response.statusCode() != 429) {
          return response;
        }
        lastProblem = "HTTP " + response.statusCode() + snippet(response.body());
        lastCause = null;
      } catch (HttpTimeoutException e) {
        lastProblem = "timed out (" + e.getMessage() + ")";
        lastCause = e;
      } catch (IOException e) {
        lastProblem = "connection failed (" + e + ")";
        lastCause = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CreditPlatformException(what + " was interrupted", e);
      }
      log.warn("{}: attempt {} of {} at {} {}", what, attempt, attempts, baseUrl, lastProblem);
      if (attempt < attempts) {
        pause(settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 10)));
      }
    }
    throw new CreditPlatformException(what + " failed after " + attempts + " attempt(s) at " + baseUrl + ": "
        + lastProblem, lastCause);
  }

  /**
   * A 4xx answer to a push (other than 401/403, this system's credentials, and 404) is the platform refusing the record as
   * not meeting its rules: it counts against the 合规率 however the step fares on retry.
   */
  private void noteRefusal(CreditRecord record, HttpResponse<String> response) {
    int status = response.statusCode();
    if (refusals != null && status >= 400 && status < 500 && status != 401 && status != 403 && status != 404
        && status != 429) {
      refusals.record(record, status, snippet(response.body()).replaceFirst("^: ", ""));
    }
  }

  private void requireSuccess(String what, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      throw new CreditPlatformException(what + " was refused by " + baseUrl + ": HTTP " + status
          + snippet(response.body()));
    }
  }

  private <T> T read(String what, HttpResponse<String> response, Class<T> type) {
    try {
      T value = JSON.readValue(response.body(), type);
      if (value == null) {
        throw new CreditPlatformException(what + " failed: empty answer from " + baseUrl);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new CreditPlatformException(what + " failed: the answer of " + baseUrl + " is not valid JSON for "
          + type.getSimpleName() + snippet(response.body()), e);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new CreditPlatformException("A request body cannot be written as JSON", e);
    }
  }

  private static String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ").strip();
    return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
  }

  private static String encode(String code) {
    return URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CreditPlatformException("Interrupted while waiting to retry the credit platform", e);
    }
  }
}
