package org.creditcommitment.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Request bodies are bounded on every surface that parses them, before they are read into memory or parsed,
 * also when they come chunked without a Content-Length ({@link BodyLimitFilter}).
 *
 * <ul>
 *   <li>/api: no body is legitimately large (the biggest is a catalogue item): {@code cc.api.max-request-size}; save
 *       an evidence file's upload ({@code POST /api/evidence}, multipart), bounded by the largest file accepted
 *       ({@code cc.evidence.max-size}) and room for the multipart headers, so that a file just over the limit is
 *       refused by the evidence module with its own problem and anything larger here.</li>
 *   <li>/engine-rest and the webapps' /camunda/api (Tasklist, Cockpit, Admin): task queries, form submissions
 *       and variables are small too: {@code cc.engine.max-request-size}. A deployment
 *       ({@code POST …/deployment/create}, multipart) carries whole models: all of the product's BPMN, DMN and
 *       forms together are about 180 KB, so it has its own, larger bound {@code cc.engine.max-deployment-size}
 *       (the engine holds every resource of a deployment in memory while it parses it).</li>
 * </ul>
 *
 * Both filters run before authentication (and before the webapps' CSRF and session filters): an oversized body
 * is refused without touching the identity service or the engine.
 */
@Configuration
class RequestSizeLimit {

  /** After the security headers (so a 413 carries them too), before every authentication filter. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  @Bean
  FilterRegistrationBean<BodyLimitFilter> apiRequestSizeLimit(
      @Value("${cc.api.max-request-size:256KB}") DataSize limit,
      @Value("${cc.evidence.max-size:10MB}") DataSize evidenceLimit) {
    long bytes = limit.toBytes();
    long evidenceBytes = evidenceLimit.toBytes() + MULTIPART_OVERHEAD;
    FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
        new BodyLimitFilter(request -> isEvidenceUpload(request) ? evidenceBytes : bytes));
    registration.setName("api-request-size-limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> engineRequestSizeLimit(
      @Value("${cc.engine.max-request-size:256KB}") DataSize limit,
      @Value("${cc.engine.max-deployment-size:5MB}") DataSize deploymentLimit) {
    long bytes = limit.toBytes();
    long deploymentBytes = deploymentLimit.toBytes();
    FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
        new BodyLimitFilter(request -> isDeployment(request) ? deploymentBytes : bytes));
    registration.setName("engine-request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /** The boundaries and part headers of one file's multipart upload, with room to spare. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  static boolean isEvidenceUpload(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && "/api/evidence".equals(request.getRequestURI());
  }

  /** {@code POST /engine-rest/deployment/create} or the webapps' {@code …/engine/{name}/deployment/create}. */
  static boolean isDeployment(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/deployment/create");
  }
}
