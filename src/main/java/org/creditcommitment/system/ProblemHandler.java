package org.creditcommitment.system;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the product's own API as bilingual problem+json. Unexpected exceptions are logged
 * with their stack and answered without internals.
 */
@RestControllerAdvice(basePackages = "org.creditcommitment")
public class ProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ProblemDetail api(ApiException e) {
    return Problems.of(e.status(), e.code(), e.messageZh(), e.messageEn());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    Optional<ApiException> flawedText = flawedText(e.getBindingResult().getFieldErrors());
    if (flawedText.isPresent()) {
      return api(flawedText.get());
    }
    String fields = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage())
        .collect(Collectors.joining("; "));
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-body", "请求内容不符合要求：" + fields,
        "The request body is invalid: " + fields);
  }

  /**
   * A name or text holding what none may hold ({@link CleanText}) is answered on its own, as {@code invalid-text}
   * naming the field, even when other fields are wrong too: it is never a typing slip a caller fixes in passing.
   */
  private static Optional<ApiException> flawedText(List<FieldError> errors) {
    for (FieldError error : errors) {
      if (!error.contains(ConstraintViolation.class)) {
        continue;
      }
      ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
      if (violation.getConstraintDescriptor().getAnnotation() instanceof CleanText clean
          && violation.getInvalidValue() instanceof String value) {
        Optional<String[]> flaw = FreeText.flaw(value, clean.value());
        if (flaw.isPresent()) {
          return Optional.of(FreeText.invalid(error.getField(), flaw.get()));
        }
      }
    }
    return Optional.empty();
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ProblemDetail invalidParameters(HandlerMethodValidationException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "请求参数不符合要求",
        "A request parameter is invalid");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (org.springframework.core.NestedExceptionUtils.getRootCause(e) instanceof BodyTooLarge) {
      return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "请求内容过大", "The request body is too large");
    }
    return Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "请求内容格式错误，无法解析",
        "The request body is malformed or has fields of the wrong type");
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ProblemDetail badParameter(Exception e) {
    String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
        : ((MethodArgumentTypeMismatchException) e).getName();
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "参数缺失或格式错误：" + name,
        "Missing or malformed parameter: " + name);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "不支持的内容类型",
        "Unsupported content type");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持该请求方法",
        "Method not allowed");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "请求内容过大", "The request is too large");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "资源不存在", "No such resource");
  }

  /** The engine refused the caller (e.g. a task of another group): a 403, never a 500. */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ProblemDetail engineAuthorization(org.camunda.bpm.engine.AuthorizationException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "当前用户无权对该流程数据执行此操作",
        "You are not authorized for this operation on the process data");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error in API call", e);
    return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "系统内部错误，请稍后重试或联系管理员",
        "Internal error; try again later or contact the administrator");
  }
}
