package org.creditcommitment.publicboard;

import java.time.Clock;

import java.util.Set;

import org.creditcommitment.system.PublicRateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The board's page (static/public/commitments/) at /public/commitments, and the method check and rate limit in
 * front of its JSON. Nothing under /public asks for a login: the /api and /engine-rest logins are registered for
 * their own paths only, and the only controller under /public is {@link PublicBoardController}.
 */
@Configuration
class PublicBoardConfig implements WebMvcConfigurer {

  @Bean
  PublicRateLimit publicRateLimit(@Value("${cc.public.rate-limit.per-minute:60}") int perMinute, Clock clock) {
    return new PublicRateLimit(perMinute, clock, Set.of("GET", "HEAD"), "公示信息只读，", "The public board is read-only and");
  }

  @Bean
  FilterRegistrationBean<PublicRateLimit> publicRateLimitRegistration(PublicRateLimit limit) {
    FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(limit);
    registration.setName("public-rate-limit");
    registration.addUrlPatterns(PublicBoardController.PATH, PublicBoardController.PATH + "/*");
    // after the security headers (so refusals carry them), before anything that does work
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/public/commitments").setViewName("forward:/public/commitments/index.html");
    registry.addViewController("/public/commitments/").setViewName("forward:/public/commitments/index.html");
  }
}
