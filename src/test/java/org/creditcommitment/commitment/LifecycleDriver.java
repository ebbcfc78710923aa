package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.deadline.DeadlineTrigger;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.springframework.stereotype.Component;

/**
 * Walks commitment-lifecycle the way its users do: subjects of a chosen grade, applications, tasks
 * completed as the demo users of the right groups, jobs run as the job executor would, deadlines fired.
 */
@Component
class LifecycleDriver {

  final ProcessEngine engine;
  final CaseApplications applications;
  final CaseOperations operations;
  final CreditRegistry registry;
  final Cases cases;
  final Letters letters;
  final DeadlineService deadlines;
  final DeadlineTrigger firing;
  final CaseStatements statements;
  final PriorNotices priorNotices;
  final CaseServices services;
  final org.creditcommitment.documents.Documents documents;
  final Clock clock;

  LifecycleDriver(ProcessEngine engine, CaseApplications applications, CaseOperations operations,
      CreditRegistry registry, Cases cases, Letters letters, DeadlineService deadlines, DeadlineTrigger firing,
      CaseStatements statements, PriorNotices priorNotices, CaseServices services,
      org.creditcommitment.documents.Documents documents, Clock clock) {
    this.statements = statements;
    this.priorNotices = priorNotices;
    this.services = services;
    this.documents = documents;
    this.clock = clock;
    this.engine = engine;
    this.applications = applications;
    this.operations = operations;
    this.registry = registry;
    this.cases = cases;
    this.letters = letters;
    this.deadlines = deadlines;
    this.firing = firing;
  }

  /** A new legal person with this grade, unique to the calling test. */
  String subject(String grade) {
    String code = TestCodes.uscc();
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, "测试企业" + code.substring(8, 14) + "有限公司",
        "applicant-" + code + "@example.test", grade));
    return code;
  }

  CaseRecord apply(String code, String item, CommitmentType type, String... missing) {
    return applications.apply(new ApplicationRequest(code, registry.profile(code).name(),
        registry.profile(code).email(), item, type, List.of(missing)), "portal");
  }

  /**
   * Runs every due job of the case, as the job executor would, until the case waits for someone. A
   * failing job is left as the job executor leaves it: retries decremented, due again after the retry
   * interval, an incident when none are left.
   */
  void runJobs(CaseRecord c) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = dueJobs(c);
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException failed) {
          if (dueJobs(c).stream().anyMatch(j -> j.getId().equals(job.getId()))) {
            throw failed;
          }
        }
      }
    }
  }

  /** Jobs the job executor would run now: retries left and no due date in the future. */
  private List<Job> dueJobs(CaseRecord c) {
    long now = System.currentTimeMillis();
    return engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId()).executable()
        .list().stream().filter(j -> j.getDuedate() == null || j.getDuedate().getTime() <= now + 1000).toList();
  }

  /** Fails a job until its retries run out, as the job executor would over the retry cycle. */
  void exhaustRetries(CaseRecord c) {
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().processInstanceId(c.processInstanceId()).singleResult();
    management.setJobRetries(job.getId(), 1);
    management.setJobDuedate(job.getId(), new java.util.Date());
    runJobs(c);
  }

  Task task(CaseRecord c) {
    return engine.getTaskService().createTaskQuery().processInstanceId(c.processInstanceId())
        .orderByTaskCreateTime().desc().list().stream().findFirst().orElseThrow();
  }

  Task task(CaseRecord c, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(c.processInstanceId())
        .taskDefinitionKey(key).singleResult();
  }

  /** Completes the case's open task of this key as the given user, with that user's groups and authorizations. */
  void complete(CaseRecord c, String key, String user, Map<String, Object> variables) {
    Task task = task(c, key);
    if (task == null) {
      throw new AssertionError("Case " + c.caseNo() + " has no open task " + key);
    }
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runJobs(c);
  }

  void notifyConditions(CaseRecord c) {
    complete(c, "Task_NotifyConditions", "clerk", Map.of("conditionsNotified", true, "notifyChannel", "WINDOW"));
  }

  void signOnline(CaseRecord c) {
    String hash = letters.letter(c.caseNo()).orElseThrow().sha256();
    operations.sign(c.caseNo(), new CaseRequests.Sign("法定代表人", hash), "portal");
    runJobs(c);
  }

  void accept(CaseRecord c) {
    complete(c, "Task_AcceptApplication", "clerk", Map.of("acceptanceDecision", "ACCEPT"));
  }

  void approve(CaseRecord c) {
    complete(c, "Task_MakeDecision", "approver", Map.of("decision", "APPROVE", "decisionOpinion", "同意"));
  }

  void inspect(CaseRecord c, String key, boolean compliant) {
    complete(c, key, "inspector", Map.of("inspectionResult", compliant ? "COMPLIANT" : "NON_COMPLIANT",
        "inspectionFindings", compliant ? "经现场核查，实际情况与承诺一致" : "经现场核查，经营场所面积与承诺不符"));
  }

  /**
   * 拟定惩戒措施: the approver proposes these measures (names of {@link PunishmentMeasure}); the prior notice is served
   * and the case waits for the subject's statement.
   */
  void proposePunishment(CaseRecord c, String... measures) {
    complete(c, "Task_ProposePunishment", "approver", Map.of("punishmentMeasures", List.of(measures),
        "punishmentBasis", "《义马市政务领域开展信用承诺改革工作方案（试行）》（义政数〔2020〕17号）四（七）"));
  }

  /**
   * For tests about the punishment decision rather than about hearing the subject: every measure the case allows is
   * proposed and the statement period passes without a statement, so the case waits at 决定惩戒措施.
   */
  void heardWithoutStatement(CaseRecord c) {
    if (reload(c).licenceNo() != null) {
      proposePunishment(c, "REVOKE_LICENCE", "KEY_SUPERVISION", "NO_COMMITMENT_MODE", "PUBLICITY");
    } else {
      proposePunishment(c, "KEY_SUPERVISION", "NO_COMMITMENT_MODE", "PUBLICITY");
    }
    fireDeadline(c, "statement");
  }

  /** Today in the calendar's zone, by the application's clock. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
  }

  /** Fires the case's scheduled deadline of this kind now, as Quartz would when it falls due. */
  void fireDeadline(CaseRecord c, String kind) {
    DeadlineView deadline = deadlines.list(c.caseNo()).stream()
        .filter(d -> d.kind().equals(kind) && d.status() == DeadlineStatus.SCHEDULED).findFirst()
        .orElseThrow(() -> new AssertionError("Case " + c.caseNo() + " has no scheduled " + kind + " deadline"));
    firing.fire(deadline.id());
    runJobs(c);
  }

  /** A clerk records that the case's newest document of this type was handed over at the window today (送达). */
  void serve(CaseRecord c, org.creditcommitment.documents.DocumentType type) {
    long id = documents.latest(c.caseNo(), type).orElseThrow().id();
    services.record(c.caseNo(), id, new CaseRequests.Service(ServiceMethod.IN_PERSON,
        java.time.LocalDate.now(clock.withZone(org.creditcommitment.system.ClockConfig.ZONE)), null), "clerk");
  }

  CaseRecord reload(CaseRecord c) {
    return cases.require(c.caseNo());
  }
}
