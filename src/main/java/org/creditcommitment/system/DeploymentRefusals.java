package org.creditcommitment.system;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API answers 500 when a deployment does not parse (malformed or hostile BPMN, DMN or
 * form, XML with a DOCTYPE): that is the sender's mistake, so /engine-rest/deployment/create answers 400
 * with the engine's message instead. Other 500s stay untouched.
 */
@Configuration
class DeploymentRefusals {

  @Bean
  ResourceConfigCustomizer invalidDeploymentsAreBadRequests() {
    return config -> config.register(new BadDeploymentFilter());
  }

  static final class BadDeploymentFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() == 500 && HttpMethod.POST.equals(request.getMethod())
          && request.getUriInfo().getPath().endsWith("deployment/create")) {
        response.setStatus(400);
      }
    }
  }
}
