package org.creditcommitment.bench;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.creditcommitment.security.Groups;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark 4: a group's Tasklist with many open tasks. The tasks are user tasks of a one-task bench
 * process for the clerk group; the query is the clerk filter GroupSetup creates, counted and its first
 * page listed as the clerk user (authorization checks on), newest first as Tasklist shows it.
 */
public final class TasklistBench {

  static final String PROCESS_KEY = "bench-tasklist";
  public static final int PAGE = 15;

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FilterService filters;
  private final IdentityService identity;
  private final TransactionTemplate transaction;

  public TasklistBench(RepositoryService repository, RuntimeService runtime, TaskService tasks, FilterService filters,
      IdentityService identity, TransactionTemplate transaction) {
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.filters = filters;
    this.identity = identity;
    this.transaction = transaction;
  }

  public void openTasks(int count, Report report) {
    repository.createDeployment().name(PROCESS_KEY).enableDuplicateFiltering(true).addModelInstance(
        PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY).name("待办压测").camundaHistoryTimeToLive(180)
            .startEvent().userTask("Task_Work").name("压测待办").camundaCandidateGroups(Groups.CLERK).endEvent().done())
        .deploy();
    for (int from = 0; from < count; from += 200) {
      int start = from;
      transaction.executeWithoutResult(s -> {
        for (int i = start; i < Math.min(count, start + 200); i++) {
          runtime.startProcessInstanceByKey(PROCESS_KEY, "TASKLIST-" + i);
        }
      });
      if ((from / 200) % 10 == 9) {
        report.progress("  %d of %d open tasks", Math.min(count, from + 200), count);
      }
    }
  }

  public Filter clerkFilter() {
    return filters.createFilterQuery().filterName(org.creditcommitment.security.GroupSetup.WORK_FILTER).singleResult();
  }

  public long filterCount(String filterId) {
    return asClerk(() -> filters.count(filterId));
  }

  public int filterFirstPage(String filterId) {
    TaskQuery newestFirst = tasks.createTaskQuery().orderByTaskCreateTime().desc();
    return asClerk(() -> (long) filters.listPage(filterId, newestFirst, 0, PAGE).size()).intValue();
  }

  /** Baseline: the same group's tasks straight from TaskService, without a filter or authorization checks. */
  public long plainCount() {
    return tasks.createTaskQuery().taskCandidateGroup(Groups.CLERK).count();
  }

  public int plainFirstPage() {
    return tasks.createTaskQuery().taskCandidateGroup(Groups.CLERK).orderByTaskCreateTime().desc()
        .listPage(0, PAGE).size();
  }

  private List<String> clerkGroups;

  /** As the clerk logged in to Tasklist: the groups are known from the session, not queried per request. */
  private <T> T asClerk(java.util.function.Supplier<T> query) {
    if (clerkGroups == null) {
      clerkGroups = identity.createGroupQuery().groupMember("clerk").list().stream().map(g -> g.getId()).toList();
    }
    identity.setAuthentication("clerk", clerkGroups);
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
