package org.creditcommitment.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Browser protections on every response, set before anything else runs so that refusals (401, 413, …) carry them
 * too. Which headers a path gets: {@link SecurityHeadersFilter}. Under the prod profile
 * {@code cc.http.strict-transport-security} adds HSTS everywhere, the Camunda webapps included.
 */
@Configuration
class SecurityHeaders {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
      @Value("${cc.http.strict-transport-security:}") String strictTransportSecurity) {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter(strictTransportSecurity));
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    // after Spring's character encoding filter (HIGHEST_PRECEDENCE), before the size limits and every login
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
