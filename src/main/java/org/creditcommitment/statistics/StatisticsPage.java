package org.creditcommitment.statistics;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The statistics page (static/statistics/) at /statistics/: static resources have no folder index, so
 * the folder forwards to its index.html. The page itself is public; its data comes from /api on the
 * Camunda webapps' session (one sign-in), which sends a browser without it to the webapps' login page.
 */
@Configuration
class StatisticsPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/statistics", "/statistics/");
    registry.addViewController("/statistics/").setViewName("forward:/statistics/index.html");
  }
}
