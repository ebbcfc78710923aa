package org.creditcommitment.security.sso;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the single sign-on tests: the product with {@code cc.sso.enabled}, trusting the
 * {@link TestIdentityProvider} as a real installation trusts the organisation's provider (by its issuer, discovered
 * at start), and reading groups from the {@link TestDirectory} as well. Every single sign-on test extends this
 * class, so the context boots once.
 */
public abstract class SsoIntegrationTest extends IntegrationTest {

  @DynamicPropertySource
  static void singleSignOn(DynamicPropertyRegistry registry) {
    registry.add("cc.sso.enabled", () -> "true");
    registry.add("spring.security.oauth2.client.registration.sso.client-id", () -> TestIdentityProvider.CLIENT_ID);
    registry.add("spring.security.oauth2.client.registration.sso.client-secret",
        () -> TestIdentityProvider.CLIENT_SECRET);
    registry.add("spring.security.oauth2.client.registration.sso.scope", () -> "openid,profile,email");
    registry.add("spring.security.oauth2.client.provider.sso.issuer-uri", TestIdentityProvider::issuer);
    registry.add("spring.security.oauth2.client.provider.sso.user-name-attribute", () -> "preferred_username");
    registry.add("cc.sso.ldap.url", TestDirectory::url);
    registry.add("cc.sso.ldap.user-dn-pattern", () -> "uid={0},ou=people," + TestDirectory.BASE);
    registry.add("cc.sso.ldap.group-search-base", () -> "ou=groups," + TestDirectory.BASE);
    registry.add("cc.api-tokens.enabled", () -> "true");
    registry.add("cc.api-tokens.issuer-uri", TestIdentityProvider::issuer);
    registry.add("cc.api-tokens.clients." + TestIdentityProvider.PORTAL_CLIENT, () -> "portal");
  }

  @BeforeEach
  void tellTheProviderWhereTheApplicationListens() {
    TestIdentityProvider.applicationPort = port;
  }
}
