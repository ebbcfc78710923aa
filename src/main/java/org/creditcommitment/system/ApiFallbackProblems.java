package org.creditcommitment.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An /api (or /public/api) path no controller serves ends in Spring's static resource handler, and a wrong method is refused
 * before any controller is chosen: {@link ProblemHandler}, which advises the product's controllers only, never
 * sees either, and Spring Boot's default error body would answer. Here they are problem+json like every other
 * /api refusal. Other paths (pages, webjars) keep Spring's default: the exception is handed on.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblems {

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noSuchPath(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
    if (!isApi(request)) {
      throw e;
    }
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "接口不存在：" + e.getResourcePath(),
        "No such API path: " + e.getResourcePath());
  }

  /** Only when no handler at all matched (static resources switched off); normally the one above answers. */
  @ExceptionHandler(NoHandlerFoundException.class)
  ProblemDetail noHandler(NoHandlerFoundException e, HttpServletRequest request) throws NoHandlerFoundException {
    if (!isApi(request)) {
      throw e;
    }
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "接口不存在：" + e.getRequestURL(),
        "No such API path: " + e.getRequestURL());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
      throws HttpRequestMethodNotSupportedException {
    if (!isApi(request)) {
      throw e;
    }
    return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持该请求方法：" + e.getMethod(),
        "Method not allowed: " + e.getMethod());
  }

  /** The product's /api and the public board's read-only /public/api. */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/public/api/");
  }
}
