package org.creditcommitment.security.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The organisation's identity provider in the single sign-on tests: Spring Authorization Server (OpenID Connect 1.0:
 * discovery, authorization code flow, ID tokens, RP-initiated logout), a real server on a free port of 127.0.0.1,
 * started once per JVM before the application that trusts it. Its own host name (127.0.0.1, the application is
 * reached as localhost) keeps the two servers' cookies apart in one browser, as two hosts are in production.
 * Its officials claim their groups in {@code groups}, as a real provider's group or role mapper would.
 */
public final class TestIdentityProvider {

  public static final String CLIENT_ID = "credit-commitment";
  public static final String CLIENT_SECRET = "sso-test-secret";
  public static final String PASSWORD = "Idp-Passw0rd";
  /** Machine clients with the client-credentials grant: the portal's, and one the application does not know. */
  public static final String PORTAL_CLIENT = "portal-gateway";
  public static final String OTHER_CLIENT = "other-service";

  /** Officials known to the provider, with the groups it claims for them. */
  public static final Map<String, List<String>> OFFICIALS = Map.of(
      "sun-scjg", List.of("approver", "approver-scjg", "mailing-list-all-staff"),
      "li-wsjk", List.of("approver", "approver-wsjk"),
      "zhou-audit", List.of("auditor"),
      "stranger", List.of("marketing", "portal"),
      "dot.ted", List.of("approver-scjg"),
      "wang-ldap", List.of());

  /** Full names only, as Chinese names usually come. */
  static final Map<String, String> NAMES = Map.of("sun-scjg", "孙市场", "li-wsjk", "李卫健", "zhou-audit", "周审计");

  private static ConfigurableApplicationContext server;
  private static int port;
  /** Where the application under test listens; its redirect addresses are registered on it as they become known. */
  static volatile int applicationPort;

  private TestIdentityProvider() {}

  public static synchronized String issuer() {
    if (server == null) {
      port = freePort();
      server = new SpringApplicationBuilder(Provider.class)
          .web(WebApplicationType.SERVLET)
          .properties(
              "spring.config.name=test-identity-provider",
              "server.port=" + port,
              "server.address=127.0.0.1",
              "server.servlet.session.cookie.name=IDP_SESSION",
              "spring.main.banner-mode=off",
              "spring.jmx.enabled=false")
          .run();
    }
    return "http://127.0.0.1:" + port;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Neither {@code @Configuration} nor {@code @EnableWebSecurity} (which carries it): the application's component
   * scan covers the test classes too and must not find the provider's beans. Spring Boot's security
   * auto-configuration switches web security on here instead.
   */
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
      SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
  static class Provider {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, as -> as.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
              new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService officials() {
      return new InMemoryUserDetailsManager(OFFICIALS.keySet().stream()
          .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
    }

    /** The application's redirect addresses name its port, known only once it has started: built per request. */
    @Bean
    RegisteredClientRepository clients() {
      return new RegisteredClientRepository() {
        @Override
        public void save(RegisteredClient client) {
          // the provider re-encodes a {noop} secret after its first use; the next look-up builds it anew
        }

        @Override
        public RegisteredClient findById(String id) {
          return findByClientId(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
          return CLIENT_ID.equals(clientId) ? client()
              : PORTAL_CLIENT.equals(clientId) || OTHER_CLIENT.equals(clientId) ? machine(clientId) : null;
        }
      };
    }

    private static RegisteredClient client() {
      String application = "http://localhost:" + applicationPort;
      return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
          .redirectUri(application + "/login/oauth2/code/sso")
          .postLogoutRedirectUri(application + "/")
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
          .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
          .build();
    }

    private static RegisteredClient machine(String clientId) {
      return RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .scope("credit-commitment.api")
          .build();
    }

    /** The claims a provider's mappers add: the login name, a person's name and e-mail, the groups. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
      return context -> {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          String name = context.getPrincipal().getName();
          context.getClaims()
              .claim("preferred_username", name)
              .claim("name", NAMES.getOrDefault(name, name))
              .claim("email", name + "@sso.example.gov.cn")
              .claim("groups", OFFICIALS.getOrDefault(name, List.of()));
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
            .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The provider's user-info endpoint reads its own access tokens. */
    @Bean
    JwtDecoder tokens(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().issuer("http://127.0.0.1:" + port).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
      return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher sessionEvents() {
      return new HttpSessionEventPublisher();
    }
  }
}
