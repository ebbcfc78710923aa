package org.creditcommitment.operations;

import org.creditcommitment.security.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of the product's own /api (Camunda's REST API documents itself). */
@Configuration
class OpenApiConfig {

  static {
    // the caller comes from the login, not from a request parameter
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  @Bean
  OpenAPI creditCommitmentApi() {
    return new OpenAPI()
        .info(new Info().title("Credit Commitment API (信用承诺)").version("0.1")
            .description("Cases, letters and signatures, credit data, catalogue, calendar, notifications. "
                + "HTTP Basic with a Camunda user; errors are application/problem+json with messageZh and messageEn."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
