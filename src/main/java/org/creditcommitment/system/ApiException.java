package org.creditcommitment.system;

import org.springframework.http.HttpStatus;

/**
 * An error an API caller can act on. Officials read Chinese, integrators read English, so every
 * refusal carries both; {@link ProblemHandler} turns it into application/problem+json.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final String messageZh;
  private final String messageEn;

  public ApiException(HttpStatus status, String code, String messageZh, String messageEn) {
    super(messageEn);
    this.status = status;
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  public static ApiException badRequest(String code, String zh, String en) {
    return new ApiException(HttpStatus.BAD_REQUEST, code, zh, en);
  }

  public static ApiException notFound(String code, String zh, String en) {
    return new ApiException(HttpStatus.NOT_FOUND, code, zh, en);
  }

  public static ApiException conflict(String code, String zh, String en) {
    return new ApiException(HttpStatus.CONFLICT, code, zh, en);
  }

  /** A service the request depends on cannot answer now; the caller may try again later. */
  public static ApiException unavailable(String code, String zh, String en) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, code, zh, en);
  }

  public static ApiException forbidden(String code, String zh, String en) {
    return new ApiException(HttpStatus.FORBIDDEN, code, zh, en);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return messageEn;
  }
}
