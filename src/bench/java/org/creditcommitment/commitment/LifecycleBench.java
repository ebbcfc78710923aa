package org.creditcommitment.commitment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.creditcommitment.bench.Stats;
import org.creditcommitment.catalogue.CommitmentType;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark 1: whole cases through commitment-lifecycle on the happy path to FULFILLED (real delegates,
 * DMN, deadline service, outbox, embedded credit adapter), user tasks completed through TaskService and
 * CaseOperations as the demo users of the right groups, jobs run by the client thread as the job executor
 * would (LifecycleDriver). The baseline is a process with the same eight wait states (three async
 * continuations, five user tasks) and nothing else, driven the same way.
 */
public final class LifecycleBench {

  /** Steps of one case, in order, as they appear in the report. */
  public static final List<String> STEPS = List.of("apply + credit query", "notify conditions", "sign online",
      "accept", "decide", "inspect");
  static final String BASELINE_KEY = "bench-baseline";
  private static final String FOOD = "SCJG-SP-001";

  /** What one run measured. */
  public record Run(String process, int threads, int cases, double seconds, Map<String, Stats> steps,
      List<String> processInstanceIds) {
    public double casesPerSecond() {
      return cases / seconds;
    }
  }

  private final LifecycleDriver driver;
  private final ProcessEngine engine;

  public LifecycleBench(ApplicationContext context) {
    this.driver = context.getBean(LifecycleDriver.class);
    this.engine = context.getBean(ProcessEngine.class);
  }

  /** The baseline: the lifecycle's wait states without any work between them. */
  public void deployBaseline() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BASELINE_KEY).name("基准流程").camundaHistoryTimeToLive(180)
        .startEvent()
        .manualTask("Job_1").camundaAsyncBefore()
        .userTask("Task_1").camundaCandidateGroups("clerk")
        .userTask("Task_2").camundaCandidateGroups("clerk")
        .manualTask("Job_2").camundaAsyncBefore()
        .userTask("Task_3").camundaCandidateGroups("clerk")
        .userTask("Task_4").camundaCandidateGroups("approver")
        .userTask("Task_5").camundaCandidateGroups("inspector")
        .manualTask("Job_3").camundaAsyncBefore()
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().name("bench-baseline")
        .addModelInstance("bench-baseline.bpmn", model).enableDuplicateFiltering(true).deploy();
  }

  /** Subjects for the lifecycle runs are made up front, outside the timing. */
  public List<String> subjects(int count) {
    List<String> codes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      codes.add(driver.subject("AA"));
    }
    return codes;
  }

  public Run lifecycle(List<String> subjects, int threads) {
    List<String> pids = Collections.synchronizedList(new ArrayList<>());
    Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    List<String> caseNos = Collections.synchronizedList(new ArrayList<>());
    double seconds = run(subjects.size(), threads, i -> {
      CaseRecord[] c = new CaseRecord[1];
      time(times, STEPS.get(0), () -> {
        c[0] = driver.apply(subjects.get(i), FOOD, CommitmentType.NOTIFY_COMMIT);
        driver.runJobs(c[0]);
      });
      time(times, STEPS.get(1), () -> driver.notifyConditions(c[0]));
      time(times, STEPS.get(2), () -> driver.signOnline(c[0]));
      time(times, STEPS.get(3), () -> driver.accept(c[0]));
      time(times, STEPS.get(4), () -> driver.approve(c[0]));
      time(times, STEPS.get(5), () -> driver.inspect(c[0], "Task_InspectFulfilment", true));
      pids.add(c[0].processInstanceId());
      caseNos.add(c[0].caseNo());
    });
    long fulfilled = caseNos.stream().filter(no -> EndState.FULFILLED.name().equals(driver.cases.require(no).endState()))
        .count();
    if (fulfilled != subjects.size()) {
      throw new IllegalStateException(fulfilled + " of " + subjects.size() + " cases ended FULFILLED");
    }
    return new Run("commitment-lifecycle", threads, subjects.size(), seconds, stats(times), pids);
  }

  public Run baseline(int cases, int threads) {
    List<String> pids = Collections.synchronizedList(new ArrayList<>());
    Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    double seconds = run(cases, threads, i -> {
      String[] pid = new String[1];
      time(times, STEPS.get(0), () -> {
        pid[0] = engine.getRuntimeService().startProcessInstanceByKey(BASELINE_KEY, "bench-" + System.nanoTime())
            .getId();
        runJobs(pid[0]);
      });
      time(times, STEPS.get(1), () -> complete(pid[0], "Task_1", "clerk"));
      time(times, STEPS.get(2), () -> complete(pid[0], "Task_2", "clerk"));
      time(times, STEPS.get(3), () -> complete(pid[0], "Task_3", "clerk"));
      time(times, STEPS.get(4), () -> complete(pid[0], "Task_4", "approver"));
      time(times, STEPS.get(5), () -> complete(pid[0], "Task_5", "inspector"));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid[0]).count() != 0) {
        throw new IllegalStateException("Baseline instance " + pid[0] + " did not end");
      }
      pids.add(pid[0]);
    });
    return new Run(BASELINE_KEY, threads, cases, seconds, stats(times), pids);
  }

  /** As LifecycleDriver.complete: the task found by key, completed as the user with its groups, then its jobs. */
  private void complete(String pid, String key, String user) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).singleResult();
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      // a task without a form accepts no fields (the engine guard): the bare engine completes it as it is
      engine.getTaskService().complete(task.getId());
    } finally {
      identity.clearAuthentication();
    }
    runJobs(pid);
  }

  /** As LifecycleDriver.runJobs. */
  private void runJobs(String pid) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      long now = System.currentTimeMillis();
      List<Job> jobs = management.createJobQuery().processInstanceId(pid).executable().list().stream()
          .filter(j -> j.getDuedate() == null || j.getDuedate().getTime() <= now + 1000).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static void time(Map<String, ConcurrentLinkedQueue<Long>> times, String step, Runnable work) {
    long start = System.nanoTime();
    work.run();
    times.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
  }

  private static Map<String, Stats> stats(Map<String, ConcurrentLinkedQueue<Long>> times) {
    Map<String, Stats> stats = new LinkedHashMap<>();
    STEPS.forEach(step -> stats.put(step, Stats.ofNanos(times.getOrDefault(step, new ConcurrentLinkedQueue<>()))));
    return stats;
  }

  /** Runs cases 0..n-1 on the given number of client threads; returns the wall-clock seconds. */
  private static double run(int n, int threads, IntConsumer oneCase) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            oneCase.accept(i);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("A benchmark case failed", e);
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
