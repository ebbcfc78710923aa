package org.creditcommitment.documents;

import java.time.Clock;
import java.util.Set;

import org.creditcommitment.system.PublicRateLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages: the officials' {@code /documents/?caseNo=} and the public verification page {@code
 * /public/documents/<code>} (static, reading the JSON), and the limit on the public JSON: GET and HEAD, and POST for
 * the comparison upload.
 */
@Configuration
class DocumentsWeb implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<PublicRateLimit> documentVerificationRateLimit(DocumentsProperties properties, Clock clock) {
    FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(new PublicRateLimit(
        properties.verifyPerMinute(), clock, Set.of("GET", "HEAD", "POST"), "文书核验", "Document verification"));
    registration.setName("document-verification-rate-limit");
    registration.addUrlPatterns(PublicDocumentController.PATH + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    // the officials' page of a case's documents, linked from every task form
    registry.addRedirectViewController("/documents", "/documents/");
    registry.addViewController("/documents/").setViewName("forward:/documents/index.html");
    registry.addViewController("/public/documents").setViewName("forward:/public/documents/index.html");
    registry.addViewController("/public/documents/").setViewName("forward:/public/documents/index.html");
    registry.addViewController("/public/documents/{code:[0-9A-Za-z-]{16,24}}")
        .setViewName("forward:/public/documents/index.html");
  }
}
