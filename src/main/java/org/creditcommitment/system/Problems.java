package org.creditcommitment.system;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the bilingual problem+json body every refusal of this product uses. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json;charset=UTF-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String code, String zh, String en) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, zh + " / " + en);
    problem.setTitle(status.getReasonPhrase());
    problem.setType(URI.create("urn:credit-commitment:problem:" + code));
    problem.setProperty("code", code);
    problem.setProperty("messageZh", zh);
    problem.setProperty("messageEn", en);
    return problem;
  }

  /** For servlet filters, which answer before Spring MVC is reached. */
  public static void write(HttpServletResponse response, HttpStatus status, String code, String zh, String en)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MEDIA_TYPE);
    response.getOutputStream().write(json(status, code, zh, en));
  }

  /**
   * The body as UTF-8 JSON, for answers written outside Spring MVC (servlet filters, the engine's JAX-RS
   * exception mappers): the same flat shape Spring MVC writes (ProblemDetail's properties at the top level).
   */
  public static byte[] json(HttpStatus status, String code, String zh, String en) {
    ProblemDetail problem = of(status, code, zh, en);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.putAll(problem.getProperties());
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem of plain strings always serializes", e);
    }
  }
}
