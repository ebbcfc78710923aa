package org.creditcommitment.security.sso;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;

/** With single sign-on on, a provider the server cannot reach stops the start with a sentence naming what to check. */
class SsoProviderTest {

  @Test
  void aProviderThatCannotBeReachedStopsTheStartNamingTheIssuerAndTheSetting() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    OAuth2ClientProperties clients = new OAuth2ClientProperties();
    OAuth2ClientProperties.Registration registration = new OAuth2ClientProperties.Registration();
    registration.setClientId("credit-commitment");
    clients.getRegistration().put("sso", registration);
    OAuth2ClientProperties.Provider provider = new OAuth2ClientProperties.Provider();
    provider.setIssuerUri("http://127.0.0.1:" + closed + "/realms/zwfw");
    clients.getProvider().put("sso", provider);

    assertThatThrownBy(() -> SsoProvider.registrations(clients, "sso"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Single sign-on: the identity provider http://127.0.0.1:" + closed + "/realms/zwfw"
            + " cannot be reached")
        .hasMessageContaining("spring.security.oauth2.client.provider.sso.issuer-uri");
  }

  @Test
  void aMissingRegistrationStopsTheStartNamingTheSettingsToGive() {
    assertThatThrownBy(() -> SsoProvider.registrations(new OAuth2ClientProperties(), "sso"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spring.security.oauth2.client.registration.sso.client-id");
  }
}
