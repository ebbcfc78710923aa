package org.creditcommitment.bench;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The burst baseline's job: bare Quartz doing the least useful work, one insert. */
public class BareQuartzJob implements Job {

  private final JdbcTemplate jdbc;

  public BareQuartzJob(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void execute(JobExecutionContext context) {
    // the primary key makes a doubled firing fail loudly instead of counting twice
    jdbc.update("INSERT INTO bench_fired (id, fired_at) VALUES (?, clock_timestamp())",
        context.getJobDetail().getKey().getName());
  }
}
