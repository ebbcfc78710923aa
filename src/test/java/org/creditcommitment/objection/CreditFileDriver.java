package org.creditcommitment.objection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.adapters.NewDishonestyRecord;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineTrigger;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.repair.RepairFiling;
import org.creditcommitment.repair.RepairRequest;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.springframework.stereotype.Component;

/**
 * Test helper for the objection and repair processes: subjects with their own dishonesty records,
 * tasks completed as the demo users of the right groups, jobs run as the job executor would, deadlines fired.
 */
@Component
public class CreditFileDriver {

  public final ProcessEngine engine;
  public final CreditRegistry registry;
  public final DeadlineService deadlines;
  public final Notifications notifications;
  private final DeadlineTrigger trigger;
  private final RepairFiling repairs;

  CreditFileDriver(ProcessEngine engine, CreditRegistry registry, DeadlineService deadlines,
      Notifications notifications, DeadlineTrigger trigger, RepairFiling repairs) {
    this.repairs = repairs;
    this.engine = engine;
    this.registry = registry;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.trigger = trigger;
  }

  /** A new legal person (grade AA) unique to the calling test. */
  public String subject() {
    String code = TestCodes.uscc();
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, "测试企业" + code.substring(8, 14) + "有限公司",
        "subject-" + code + "@example.test", "AA"));
    return code;
  }

  /** A new natural person (grade AA) unique to the calling test. */
  public String person() {
    String code = TestCodes.residentId();
    registry.createSubject(new NewSubject(code, SubjectType.NATURAL, "测试个人", "person-" + code + "@example.test",
        "AA"));
    return code;
  }

  /** An ACTIVE dishonesty record of the subject, public from today for a year. */
  public long record(String code) {
    LocalDate today = LocalDate.now();
    return record(code, today, today.plusYears(1));
  }

  public long record(String code, LocalDate publicityStart, LocalDate publicityEnd) {
    return record(code, "汕尾市市场监督管理局", publicityStart, publicityEnd);
  }

  /** An ACTIVE dishonesty record of the subject supplied by this unit, public from today for a year. */
  public long record(String code, String sourceUnit) {
    LocalDate today = LocalDate.now();
    return record(code, sourceUnit, today, today.plusYears(1));
  }

  private long record(String code, String sourceUnit, LocalDate publicityStart, LocalDate publicityEnd) {
    return registry.addDishonestyRecord(code, new NewDishonestyRecord(sourceUnit, "未按承诺期限补齐容缺材料",
        "食品安全", publicityStart, publicityStart, publicityEnd));
  }

  /**
   * The subject's signature of the repair commitment for this record, over the text the portal is given for it; a
   * record the subject does not have gets a hash of nothing (the filing refuses it before looking at the hash).
   */
  public RepairRequest.SignedLetter signedRepairLetter(String code, long recordId) {
    String sha256;
    try {
      sha256 = repairs.letter(code, recordId).sha256();
    } catch (RuntimeException noSuchRecord) {
      sha256 = "0".repeat(64);
    }
    return new RepairRequest.SignedLetter("王法人", sha256);
  }

  /** A repair filing's JSON body, signed as {@link #signedRepairLetter}. */
  public String repairJson(String code, long recordId, boolean obligationsFulfilled) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId + ",\"evidence\":[\"罚款缴纳凭证\"],"
        + "\"obligationsFulfilled\":" + obligationsFulfilled + ",\"finePaid\":true,\"repairLetter\":{\"signer\":\"王法人\","
        + "\"textSha256\":\"" + signedRepairLetter(code, recordId).textSha256() + "\"}}";
  }

  public DishonestyRecord reload(long recordId) {
    return registry.dishonestyRecord(recordId).orElseThrow();
  }

  public Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
  }

  /** Completes the open task of this key as the given user, with that user's groups and authorizations. */
  public void complete(String processInstanceId, String key, String user, Map<String, Object> variables) {
    Task task = task(processInstanceId, key);
    if (task == null) {
      throw new AssertionError("Process " + processInstanceId + " has no open task " + key);
    }
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runJobs(processInstanceId);
  }

  /** Runs the due jobs of the process, as the job executor would, until it waits for someone. */
  public void runJobs(String processInstanceId) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** Fires the scheduled deadline of this kind now, as Quartz would when it falls due. */
  public void fireDeadline(String businessKey, String processInstanceId, String kind) {
    DeadlineView deadline = deadlines.list(businessKey).stream()
        .filter(d -> d.kind().equals(kind) && d.status() == DeadlineStatus.SCHEDULED).findFirst()
        .orElseThrow(() -> new AssertionError(businessKey + " has no scheduled " + kind + " deadline"));
    trigger.fire(deadline.id());
    runJobs(processInstanceId);
  }

  public boolean ended(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult() == null;
  }

  public Object historicVariable(String processInstanceId, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  public List<String> mailTypes(String reference) {
    return notifications.forCase(reference).stream().map(n -> n.type().name()).toList();
  }
}
