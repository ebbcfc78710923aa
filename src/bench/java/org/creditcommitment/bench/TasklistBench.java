package org.creditcommitment.bench;

import java.util.List;
import java.util.Map;

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
 * process for the clerk group, each with the card variables of a case of one of six departments; the query is the
 * work filter GroupSetup creates, counted and its first page listed as the clerk user (authorization checks on).
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
          runtime.startProcessInstanceByKey(PROCESS_KEY, "TASKLIST-" + i, cardVariables(i));
        }
      });
      if ((from / 200) % 10 == 9) {
        report.progress("  %d of %d open tasks", Math.min(count, from + 200), count);
      }
    }
  }

  /** What a lifecycle task's card shows, the departments taking turns: the clerk's window serves them all. */
  static Map<String, Object> cardVariables(int i) {
    String[][] departments = {{"scjg", "市场监督管理局"}, {"wsjk", "卫生健康委员会"}, {"rsj", "人力资源和社会保障局"},
        {"cgj", "城市管理和综合执法局"}, {"jtj", "交通运输局"}, {"yjj", "应急管理局"}};
    String[] department = departments[i % departments.length];
    return Map.of("caseNo", String.format("YY2026113%07d", i), "applicantName", "压测企业" + i + "有限公司",
        "itemName", "压测事项" + (i % 20), "department", department[0], "departmentName", department[1]);
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
