package org.creditcommitment.security.sso;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.creditcommitment.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Security on the product's terms. Without {@code cc.sso.enabled} it stays out of every request (a chain that
 * matches nothing and a firewall that refuses nothing), so the product's own logins ({@code security/Logins}, the
 * webapps' login page) answer exactly as before. With it, officials sign in at the organisation's OpenID Connect
 * provider (authorization code flow) before Tasklist, Cockpit, Admin and the officials' pages open; {@link SsoUsers}
 * maps their groups and {@link WebappLoginBridge} puts the same login into the webapps' session.
 *
 * <p>{@code /api}, {@code /engine-rest} and the public pages are left to their own filters: machine clients (the
 * portal) keep HTTP Basic, and the officials' pages call {@code /api} on the session the bridge made. Writes across
 * sites are refused by {@code CrossSiteRefusal} and the webapps' CSRF filter as before, so Spring's CSRF check is off.
 */
@Configuration
@EnableConfigurationProperties({SsoProperties.class, OAuth2ClientProperties.class})
class SsoSecurityConfig {

  private static final Logger log = LoggerFactory.getLogger(SsoSecurityConfig.class);
  /** The pages an official opens; each needs a sign-in and comes back after it. */
  static final String[] OFFICIALS_PAGES = {"/camunda/app/**", "/camunda/api/**", "/work/**", "/audit/**",
      "/statistics/**"};
  static final String LOGOUT = "/logout";

  @Bean
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "false", matchIfMissing = true)
  SecurityFilterChain withoutSingleSignOn(HttpSecurity http) throws Exception {
    return http.securityMatcher(request -> false).build();
  }

  /** Only without single sign-on: Spring's firewall would otherwise refuse paths the product's own checks answer. */
  @Bean
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "false", matchIfMissing = true)
  HttpFirewall passThroughFirewall() {
    return new HttpFirewall() {
      @Override
      public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        return new FirewalledRequest(request) {
          @Override
          public void reset() {}
        };
      }

      @Override
      public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return response;
      }
    };
  }

  @Bean
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "true")
  ClientRegistrationRepository ssoRegistrations(OAuth2ClientProperties clients, SsoProperties sso) {
    ClientRegistrationRepository registrations = SsoProvider.registrations(clients, sso.registration());
    log.info("Single sign-on through the identity provider of registration '{}'", sso.registration());
    return registrations;
  }

  @Bean
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "true")
  SsoUsers ssoUsers(IdentityService identityService, SsoProperties sso,
      org.springframework.beans.factory.ObjectProvider<DirectoryGroups> directory) {
    return new SsoUsers(identityService, sso, directory.getIfAvailable());
  }

  /** Connected at start, so a directory that cannot be reached stops the start (as the provider does). */
  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = {"cc.sso.enabled", "cc.sso.ldap.url"})
  DirectoryGroups directoryGroups(SsoProperties sso) {
    return new DirectoryGroups(sso.ldap());
  }

  @Bean
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "true")
  SecurityFilterChain singleSignOn(HttpSecurity http, SsoUsers users, SsoProperties sso,
      ClientRegistrationRepository registrations) throws Exception {
    String login = "/oauth2/authorization/" + sso.registration();
    RequestMatcher calls = new OrRequestMatcher(path(null, "/camunda/api/**"), path(null, "/api/**"));
    OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    // back to the start page, which asks the provider for a sign-in again
    atProvider.setPostLogoutRedirectUri("{baseUrl}/");
    RequestMatcher webappsLogout = path(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(OFFICIALS_PAGES).authenticated()
            .anyRequest().permitAll())
        .oauth2Login(oauth -> oauth
            .loginPage(login)
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
            .failureHandler((request, response, refused) -> refuse(response, refused)))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(path(HttpMethod.GET, LOGOUT), path(HttpMethod.POST, LOGOUT),
                webappsLogout))
            .invalidateHttpSession(true)
            .clearAuthentication(true)
            // the webapps' own sign-out call (a script's request, which cannot follow a redirect to the provider)
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), webappsLogout)
            .defaultLogoutSuccessHandlerFor(atProvider, request -> true))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(askForLogin(), calls)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(login), request -> true))
        .anonymous(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        // the product sets its own response headers (system/SecurityHeaders and the webapps' header filter)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** Right after Spring Security's filter, before the webapps' and the product's own login filters read the session. */
  @Bean
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "true")
  FilterRegistrationBean<WebappLoginBridge> webappLoginBridge(ProcessEngine engine) {
    FilterRegistrationBean<WebappLoginBridge> registration = new FilterRegistrationBean<>(new WebappLoginBridge(engine));
    registration.setName("sso-webapp-login-bridge");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  private static AuthenticationEntryPoint askForLogin() {
    return (request, response, missing) -> Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
        "需要登录：请重新登录", "Authentication required: please sign in again");
  }

  /**
   * A refused sign-in says only that it was refused: neither which claim was missing nor what the provider said
   * (the log has the cause). No known group is 403, anything else (a stale or forged answer, a provider error) 401.
   */
  private static void refuse(HttpServletResponse response, Exception refused) throws java.io.IOException {
    String code = refused instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
    if (SsoUsers.NO_GROUP.equals(code) || SsoUsers.BAD_USER_ID.equals(code)) {
      Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "您的账号未获准使用本系统，请联系系统管理员",
          "Your account is not allowed to use this system; ask the administrator");
    } else {
      log.warn("Single sign-on failed: {}", code.isEmpty() ? refused.getClass().getSimpleName() : code);
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "登录未完成，请重新登录",
          "The sign-in did not complete; please sign in again");
    }
  }

  /** What the webapps' script (officials/sso.js) needs to know: that 退出 goes through {@value #LOGOUT}. */
  @RestController
  @ConditionalOnProperty(name = "cc.sso.enabled", havingValue = "true")
  static class SsoPageSettings {

    @GetMapping("/sso/settings.json")
    Map<String, String> settings() {
      return Map.of("logout", LOGOUT);
    }
  }
}
