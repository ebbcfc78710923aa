package org.creditcommitment.deadline;

import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A second Quartz scheduler on the test database, configured like the application's (same scheduler
 * name, so on PostgreSQL it joins the cluster) but with its own instance id: another node, or the
 * application starting again after being down.
 */
final class ExtraScheduler implements AutoCloseable {

  private final SchedulerFactoryBean factory = new SchedulerFactoryBean();

  ExtraScheduler(ApplicationContext context, String instanceId) throws Exception {
    Properties properties = new Properties();
    properties.putAll(context.getBean(QuartzProperties.class).getProperties());
    properties.put("org.quartz.scheduler.instanceId", instanceId);
    SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
    jobFactory.setApplicationContext(context);
    factory.setQuartzProperties(properties);
    factory.setDataSource(context.getBean(DataSource.class));
    factory.setTransactionManager(context.getBean(PlatformTransactionManager.class));
    factory.setJobFactory(jobFactory);
    factory.setAutoStartup(false);
    factory.setWaitForJobsToCompleteOnShutdown(true);
    factory.afterPropertiesSet();
  }

  Scheduler scheduler() {
    return factory.getScheduler();
  }

  Scheduler start() throws Exception {
    factory.getScheduler().start();
    return factory.getScheduler();
  }

  @Override
  public void close() throws Exception {
    factory.destroy();
  }
}
