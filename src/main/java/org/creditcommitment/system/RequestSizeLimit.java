package org.creditcommitment.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No /api request body is legitimately large (the biggest is a catalogue item): anything above
 * {@code cc.api.max-request-size} is refused with 413 before it is read into memory or parsed, also when
 * it comes chunked without a Content-Length.
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiRequestSizeLimit(
      @Value("${cc.api.max-request-size:256KB}") DataSize limit) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(limit.toBytes()));
    registration.setName("api-request-size-limit");
    registration.addUrlPatterns("/api/*");
    // before authentication: an oversized body is refused without touching the identity service
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final long limit;

    Filter(long limit) {
      this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > limit) {
        refuse(response);
        return;
      }
      LimitedRequest limited = new LimitedRequest(request, limit);
      try {
        chain.doFilter(limited, response);
      } catch (ServletException | IOException | RuntimeException e) {
        if (limited.exceeded && !response.isCommitted()) {
          response.reset();
          refuse(response);
          return;
        }
        throw e;
      }
    }

    private void refuse(HttpServletResponse response) throws IOException {
      response.setHeader("Connection", "close");
      Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
          "请求内容过大（上限 " + limit / 1024 + " KB）", "The request body is too large (limit " + limit / 1024 + " KB)");
    }
  }

  /** Thrown while the body is read; ProblemHandler answers 413 when a parser wraps it. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("Request body larger than " + limit + " bytes");
    }
  }

  /** Counts what is read and fails once the limit is passed (chunked bodies have no Content-Length). */
  static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;
    volatile boolean exceeded;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
              exceeded = true;
              throw new TooLarge(limit);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
