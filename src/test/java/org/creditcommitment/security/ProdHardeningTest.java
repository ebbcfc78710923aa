package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the prod profile adds to the HTTP surface: HSTS, secure cookies, and an administrator's login on the
 * operators' endpoints. A prod application cannot start in the test JVM (one engine per JVM, and ProdSafetyCheck),
 * so the settings are read from application-prod.yaml and the login filter is tested on its own.
 */
class ProdHardeningTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final OperatorEndpointsLogin login = new OperatorEndpointsLogin(identity);

  @Test
  void prodSendsHstsAndSecureCookiesOnly() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application-prod.yaml"));
    Properties prod = yaml.getObject();

    assertThat(prod.getProperty("cc.http.strict-transport-security")).isEqualTo("max-age=31536000");
    assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    assertThat(prod.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie")).isEqualTo("true");
    assertThat(prod.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo("true");
  }

  @Test
  void prodAppliesTheOfficialsPasswordPolicyAndDemoModeDoesNot() {
    assertThat(yaml("application-prod.yaml").getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy"))
        .isEqualTo("true");
    assertThat(yaml("application.yaml").getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy"))
        .isEqualTo("false");
  }

  @Test
  void underProdTheOperatorsEndpointsShareTheLoginThrottle() {
    ApplicationContextRunner runner = contextOfTheLogins();

    runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod")).run(prod ->
        assertThat(prod.getBean("loginThrottle", FilterRegistrationBean.class).getUrlPatterns())
            .contains(OperatorEndpointsLogin.PATHS).contains("/api/*", "/engine-rest/*"));
    runner.run(demo -> assertThat(demo.getBean("loginThrottle", FilterRegistrationBean.class).getUrlPatterns())
        .doesNotContain("/actuator/*"));
  }

  private static Properties yaml(String file) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(file));
    return yaml.getObject();
  }

  private ApplicationContextRunner contextOfTheLogins() {
    return new ApplicationContextRunner().withUserConfiguration(ApiSecurityConfig.class)
        .withBean(IdentityService.class, () -> identity).withBean(java.time.Clock.class, java.time.Clock::systemUTC)
        .withInitializer(context -> context.getBeanFactory().setConversionService(
            org.springframework.boot.convert.ApplicationConversionService.getSharedInstance()));
  }

  @Test
  void theOperatorsLoginIsRegisteredUnderProdOnly() {
    ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ApiSecurityConfig.class)
        .withBean(IdentityService.class, () -> identity).withBean(java.time.Clock.class, java.time.Clock::systemUTC)
        .withInitializer(context -> context.getBeanFactory().setConversionService(
            org.springframework.boot.convert.ApplicationConversionService.getSharedInstance()));

    runner.run(demo -> assertThat(demo).doesNotHaveBean("operatorEndpointsLogin"));
    runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
        .run(prod -> assertThat(prod).hasBean("operatorEndpointsLogin"));
  }

  @Test
  void actuatorAndApiDocsAskForALogin() throws Exception {
    for (String path : new String[] {"/actuator/info", "/actuator", "/v3/api-docs", "/swagger-ui/index.html"}) {
      MockHttpServletResponse response = call(path, null);

      assertThat(response.getStatus()).as(path).isEqualTo(401);
      // no Basic challenge: a browser would keep the password and send it along with other sites' requests
      assertThat(response.getHeader("WWW-Authenticate")).as(path).isNull();
      assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
      assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("需要登录")
          .contains("Authentication required");
    }
  }

  @Test
  void healthStaysOpenForLoadBalancers() throws Exception {
    assertThat(passes("/actuator/health", null)).isTrue();
    assertThat(passes("/actuator/health/liveness", null)).isTrue();
  }

  @Test
  void onlyAdministratorsGetIn() throws Exception {
    when(identity.checkPassword("admin", "a-strong-admin-secret")).thenReturn(true);
    when(identity.checkPassword("clerk", "a-strong-clerk-secret")).thenReturn(true);
    when(identity.createUserQuery().userId("admin").memberOfGroup(Groups.ADMIN).count()).thenReturn(1L);

    assertThat(passes("/actuator/info", basic("admin", "a-strong-admin-secret"))).isTrue();
    assertThat(passes("/v3/api-docs", basic("admin", "a-strong-admin-secret"))).isTrue();

    MockHttpServletResponse clerk = call("/actuator/info", basic("clerk", "a-strong-clerk-secret"));
    assertThat(clerk.getStatus()).isEqualTo(403);
    assertThat(clerk.getContentAsString(StandardCharsets.UTF_8)).contains("仅系统管理员").contains("administrators");

    assertThat(call("/actuator/info", basic("admin", "wrong")).getStatus()).isEqualTo(401);
  }

  private boolean passes(String path, String authorization) throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    login.doFilter(request(path, authorization), new MockHttpServletResponse(), (req, res) -> passed.set(true));
    return passed.get();
  }

  private MockHttpServletResponse call(String path, String authorization) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    login.doFilter(request(path, authorization), response, (req, res) -> { });
    return response;
  }

  private static MockHttpServletRequest request(String path, String authorization) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    return request;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
