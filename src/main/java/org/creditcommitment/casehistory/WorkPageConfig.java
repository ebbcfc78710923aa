package org.creditcommitment.casehistory;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The officials' page 我的办件 is static (static/work/) on the webapps' session, like the auditor page. */
@Configuration
class WorkPageConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/work", "/work/");
    registry.addViewController("/work/").setViewName("forward:/work/index.html");
  }
}
