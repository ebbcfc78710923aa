package org.creditcommitment.system;

import java.io.IOException;
import java.util.function.ToLongFunction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than its limit with 413 problem+json: at once when the Content-Length says so,
 * otherwise as soon as more was read. In the second case the application behind (Spring MVC, the engine's
 * Jersey, the webapps' filters) has seen a failing stream and may already have produced its own answer, a 400
 * or a 500; that answer is voided ({@link VoidableResponse}) and the 413 written instead.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

  private final ToLongFunction<HttpServletRequest> limits;

  BodyLimitFilter(ToLongFunction<HttpServletRequest> limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limits.applyAsLong(request);
    if (request.getContentLengthLong() > limit) {
      refuse(response, limit);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, limit);
    try {
      chain.doFilter(limited, new VoidableResponse(response, limited::exceeded));
    } catch (ServletException | IOException | RuntimeException e) {
      if (!limited.exceeded()) {
        throw e;
      }
    }
    if (limited.exceeded() && !response.isCommitted()) {
      // only what was written before the limit was passed can be in the buffer (normally nothing)
      response.resetBuffer();
      refuse(response, limit);
    }
  }

  private static void refuse(HttpServletResponse response, long limit) throws IOException {
    // the rest of the body is not read; the client must not reuse the connection for another request
    response.setHeader("Connection", "close");
    Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
        "请求内容过大（上限 " + limit / 1024 + " KB）", "The request body is too large (limit " + limit / 1024 + " KB)");
  }
}
