package org.creditcommitment.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an operator checks first: which database, which engine, demo mode or not, Quartz clustered or not. */
@RestController
@AllowedGroups({Groups.ADMIN, Groups.AUDITOR})
class SystemStatusController {

  private final ProcessEngine engine;
  private final DataSource dataSource;
  private final Scheduler scheduler;
  private final boolean demo;

  SystemStatusController(ProcessEngine engine, DataSource dataSource, Scheduler scheduler,
      @Value("${cc.demo.enabled}") boolean demo) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.scheduler = scheduler;
    this.demo = demo;
  }

  @GetMapping("/api/system/status")
  Map<String, Object> status() throws SQLException, SchedulerException {
    Map<String, Object> status = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      status.put("database", connection.getMetaData().getDatabaseProductName());
    }
    status.put("engine", engine.getName());
    status.put("historyLevel", engine.getProcessEngineConfiguration().getHistory());
    status.put("authorizationEnabled", engine.getProcessEngineConfiguration().isAuthorizationEnabled());
    status.put("demoMode", demo);
    status.put("quartzClustered", scheduler.getMetaData().isJobStoreClustered());
    status.put("quartzStarted", scheduler.isStarted());
    return status;
  }
}
