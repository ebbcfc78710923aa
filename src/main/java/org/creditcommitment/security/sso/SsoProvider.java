package org.creditcommitment.security.sso;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The provider's registration, read at start-up. With an {@code issuer-uri} the provider's discovery document is
 * fetched now: a provider that cannot be reached, or a registration that is missing, stops the start with one
 * sentence naming the setting to check, in every profile. <b>Choice:</b> failing fast rather than starting with a
 * health state DOWN, because a server whose officials cannot sign in serves nobody, and an orchestrator restarting
 * it retries the provider by itself.
 */
final class SsoProvider {

  private SsoProvider() {}

  static InMemoryClientRegistrationRepository registrations(OAuth2ClientProperties properties, String registration) {
    if (!properties.getRegistration().containsKey(registration)) {
      throw new IllegalStateException("Single sign-on is on (cc.sso.enabled) but there is no client registration '"
          + registration + "': set spring.security.oauth2.client.registration." + registration + ".client-id and"
          + " spring.security.oauth2.client.provider." + registration + ".issuer-uri (docs/deployment.md)");
    }
    try {
      var clients = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
      ClientRegistration client = clients.get(registration);
      return new InMemoryClientRegistrationRepository(client);
    } catch (RuntimeException unreachable) {
      var provider = properties.getProvider().get(registration);
      String issuer = provider == null ? null : provider.getIssuerUri();
      throw new IllegalStateException("Single sign-on: the identity provider " + (issuer == null ? "" : issuer + " ")
          + "cannot be reached or did not describe itself (" + unreachable.getMessage() + "); check"
          + " spring.security.oauth2.client.provider." + registration + ".issuer-uri and that the provider is up",
          unreachable);
    }
  }
}
