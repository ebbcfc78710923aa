package org.creditcommitment.casehistory;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The auditor page is static (static/audit/); it reads /api on the Camunda webapps' session (one sign-in with
 * Tasklist and Cockpit, see the shared /common/officials.js), so it has no login of its own.
 * {@code /audit/} serves its index.
 */
@Configuration
class AuditPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/audit", "/audit/");
    registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
  }
}
