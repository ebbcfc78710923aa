package org.creditcommitment.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /engine-rest has no authentication by default; both it and /api require HTTP Basic against the identity
 * service, sent with the request (no 401 invites a browser to it). Tasklist, Cockpit and Admin use their own session
 * login. Cross-site requests are refused before any login ({@link CrossSiteRefusal}). Under the prod profile the
 * operators' endpoints (actuator except health, OpenAPI, Swagger UI) require an administrator.
 */
@Configuration
class ApiSecurityConfig implements WebMvcConfigurer {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", EngineRestBasicLogin.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  /** After the size limits, before the login throttle and every login: a refused request checks no password. */
  @Bean
  FilterRegistrationBean<CrossSiteRefusal> crossSiteRefusal() {
    FilterRegistrationBean<CrossSiteRefusal> registration = new FilterRegistrationBean<>(new CrossSiteRefusal());
    registration.setName("cross-site-refusal");
    registration.addUrlPatterns(CrossSiteRefusal.PATHS);
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  /** Under prod the operators' endpoints take logins too (their filter is registered under prod only). */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(
      @org.springframework.beans.factory.annotation.Value("${cc.security.login-throttle.max-failures:10}") int maxFailures,
      @org.springframework.beans.factory.annotation.Value("${cc.security.login-throttle.window:10m}") java.time.Duration window,
      java.time.Clock clock, Environment environment) {
    FilterRegistrationBean<LoginThrottle> registration =
        new FilterRegistrationBean<>(new LoginThrottle(maxFailures, window, clock));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*");
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      registration.addUrlPatterns(OperatorEndpointsLogin.PATHS);
    }
    // before every authentication filter: a throttled address does not reach the password check
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Under prod only: in demo mode actuator and the API description stay open (FoundationTest reads them). */
  @Bean
  @Profile("prod")
  FilterRegistrationBean<OperatorEndpointsLogin> operatorEndpointsLogin(IdentityService identityService) {
    FilterRegistrationBean<OperatorEndpointsLogin> registration =
        new FilterRegistrationBean<>(new OperatorEndpointsLogin(identityService));
    registration.setName("operator-endpoints-login");
    registration.addUrlPatterns(OperatorEndpointsLogin.PATHS);
    return registration;
  }

  private final ObjectProvider<CaseScope> scope;

  ApiSecurityConfig(ObjectProvider<CaseScope> scope) {
    this.scope = scope;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new GroupCheckInterceptor()).addPathPatterns("/api/**");
    // after the group check: a caller without the group is told 403 before anything about the key
    registry.addInterceptor(new KeyScopeInterceptor(scope)).addPathPatterns("/api/**");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new HandlerMethodArgumentResolver() {
      @Override
      public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
      }

      @Override
      public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
          NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return request.getAttribute(CurrentUser.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
      }
    });
  }
}
