package org.creditcommitment.subject;

import org.creditcommitment.system.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An invalid USCC or resident ID anywhere in the API is a 400 with the reason in both languages. */
@RestControllerAdvice(basePackages = "org.creditcommitment")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubjectProblems {

  @ExceptionHandler(InvalidCodeException.class)
  ProblemDetail invalidCode(InvalidCodeException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-subject-code", e.messageZh(), e.messageEn());
    problem.setProperty("reason", e.reason().name());
    return problem;
  }
}
