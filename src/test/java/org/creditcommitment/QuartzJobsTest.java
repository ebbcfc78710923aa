package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every job the scheduler holds is created as Quartz creates it at run time (Spring Boot's job factory: the
 * application context's {@code createBean} of the job class) with every service it uses: a job whose service is left
 * out fails when its trigger fires in production, long after every test of the service passed.
 */
class QuartzJobsTest extends IntegrationTest {

  @Autowired Scheduler scheduler;
  @Autowired ApplicationContext context;

  @Test
  void everyScheduledJobIsCreatedWithEveryServiceItUses() throws Exception {
    List<String> missing = new ArrayList<>();
    List<JobKey> keys = new ArrayList<>(scheduler.getJobKeys(GroupMatcher.anyGroup()));
    for (JobKey key : keys) {
      JobDetail detail = scheduler.getJobDetail(key);
      Object job = context.getAutowireCapableBeanFactory().createBean(detail.getJobClass());
      for (Field field : detail.getJobClass().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        if (field.get(job) == null) {
          missing.add(key + ": " + detail.getJobClass().getSimpleName() + "." + field.getName());
        }
      }
    }
    assertThat(keys).as("the scheduler's jobs").hasSizeGreaterThanOrEqualTo(3);
    assertThat(missing).as("services left out of a job").isEmpty();
  }
}
