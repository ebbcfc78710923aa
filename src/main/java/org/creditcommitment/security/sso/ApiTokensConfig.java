package org.creditcommitment.security.sso;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

/**
 * Bearer tokens for machine clients on {@code /api} ({@link ApiTokens}), when {@code cc.api-tokens.enabled}. The
 * provider's keys are fetched at start: a provider that cannot be reached stops the start with a sentence naming the
 * setting, as {@link SsoProvider} does for the officials' sign-in.
 */
@Configuration
@ConditionalOnProperty(name = "cc.api-tokens.enabled", havingValue = "true")
@EnableConfigurationProperties(ApiTokensConfig.ApiTokensProperties.class)
class ApiTokensConfig {

  /**
   * @param issuerUri the provider that issues the tokens (its discovery document names its keys)
   * @param clients each client id that may call, with the group it acts in (e.g. {@code portal-gateway: portal})
   */
  @ConfigurationProperties("cc.api-tokens")
  record ApiTokensProperties(boolean enabled, String issuerUri, Map<String, String> clients) {

    ApiTokensProperties {
      clients = clients == null ? Map.of() : clients;
    }
  }

  /** After the cross-site refusal and the login throttle, before /api's own login filter reads who calls. */
  @Bean
  FilterRegistrationBean<ApiTokens> apiTokens(ApiTokensProperties properties, IdentityService identityService) {
    FilterRegistrationBean<ApiTokens> registration = new FilterRegistrationBean<>(
        new ApiTokens(decoder(properties.issuerUri()), properties.clients(), identityService));
    registration.setName("api-tokens");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  static JwtDecoder decoder(String issuer) {
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalStateException("API tokens are on (cc.api-tokens.enabled) but cc.api-tokens.issuer-uri is not"
          + " set: name the provider that issues the machine clients' tokens (docs/deployment.md)");
    }
    try {
      return JwtDecoders.fromIssuerLocation(issuer);
    } catch (RuntimeException unreachable) {
      throw new IllegalStateException("API tokens: the identity provider " + issuer + " cannot be reached or did not"
          + " describe itself (" + unreachable.getMessage() + "); check cc.api-tokens.issuer-uri and that the"
          + " provider is up", unreachable);
    }
  }
}
