package org.creditcommitment.credit;

import org.creditcommitment.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Credit-platform answers in the API: an unknown subject is a 404, a failing platform a 502. */
@RestControllerAdvice(basePackages = "org.creditcommitment")
@Order(Ordered.HIGHEST_PRECEDENCE)
class CreditProblems {

  private static final Logger log = LoggerFactory.getLogger(CreditProblems.class);

  @ExceptionHandler(UnknownSubjectException.class)
  ProblemDetail unknownSubject(UnknownSubjectException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "unknown-subject", "信用平台中没有该主体的信用记录：" + e.subjectCode(),
        "The credit platform has no record of subject " + e.subjectCode());
  }

  @ExceptionHandler(CreditPlatformException.class)
  ProblemDetail platformFailed(CreditPlatformException e) {
    log.warn("Credit platform failed: {}", e.getMessage());
    return Problems.of(HttpStatus.BAD_GATEWAY, "credit-platform-failed", "信用平台暂时无法访问，请稍后重试",
        "The credit platform failed: " + e.getMessage());
  }
}
