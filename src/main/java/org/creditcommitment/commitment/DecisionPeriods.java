package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.deadline.DeadlineCancelled;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.deadline.TaskDeadlines;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision period of a case beyond its first setting: an extension (行政许可法 第四十二条: 不能在二十日内作出决定的，
 * 经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人) requested by an approver of the case's department
 * with its reasons and approved by a department head in Tasklist (decision-period-extension.bpmn); and a suspension
 * (第四十五条: 听证、检验、检测、检疫、鉴定和专家评审所需时间不计算在本节规定的期限内，并应当将所需时间书面告知申请人),
 * which stops the deadline's clock until resumed. The deadline row moves, the open decision task's due date follows it,
 * and the applicant gets the notice and its mail (outbox), all in the request's (or the approval's) transaction.
 */
@Service("decisionPeriods")
public class DecisionPeriods {

  static final String EXTENSION_PROCESS = "decision-period-extension";
  static final String DECISION_TASK = "Task_MakeDecision";
  private static final String DECISION = CaseDeadlineKinds.DECISION;
  /** Why a suspension still open when the decision period ended was closed (the case file's note). */
  static final String ENDED_BY_DECISION = "已作出行政决定，决定期限结束，中止计算随之终止";
  static final String ENDED_WITHOUT_DECISION = "决定环节已结束（退回受理审查或办件终结），中止计算随之终止";

  private final Cases cases;
  private final Catalogue catalogue;
  private final DecisionPeriodRecords records;
  private final DeadlineService deadlines;
  private final TaskDeadlines taskDeadlines;
  private final WorkingDayCalendar calendar;
  private final CaseDocuments documents;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final CaseMail mail;
  private final AuditLog audit;
  private final Clock clock;

  DecisionPeriods(Cases cases, Catalogue catalogue, DecisionPeriodRecords records, DeadlineService deadlines,
      TaskDeadlines taskDeadlines, WorkingDayCalendar calendar, CaseDocuments documents, CaseMail mail,
      RuntimeService runtime, TaskService tasks, IdentityService identity, AuditLog audit, Clock clock) {
    this.mail = mail;
    this.cases = cases;
    this.catalogue = catalogue;
    this.records = records;
    this.deadlines = deadlines;
    this.taskDeadlines = taskDeadlines;
    this.calendar = calendar;
    this.documents = documents;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.audit = audit;
    this.clock = clock;
  }

  /** Asks the department head to extend the decision period; at most one extension per case is approved. */
  @Transactional
  public Map<String, Object> requestExtension(String caseNo, DecisionPeriodRequests.Extension body, CurrentUser user) {
    CaseRecord c = approversCase(caseNo, user);
    deciding(c);
    ServiceItem item = catalogue.find(c.itemCode()).orElseThrow();
    int longest = item.periods().extensionWorkingDays();
    int days = body.workingDays() == null ? longest : body.workingDays();
    if (days > longest) {
      throw ApiException.badRequest("extension-too-long", "该事项的决定期限最多可延长 " + longest + " 个工作日",
          "This item's decision period may be extended by at most " + longest + " working days");
    }
    for (DecisionPeriodRecords.Extension earlier : records.extensions(caseNo)) {
      if (earlier.status() == DecisionPeriodRecords.ExtensionStatus.PENDING
          || earlier.status() == DecisionPeriodRecords.ExtensionStatus.APPROVED) {
        throw ApiException.conflict("extension-once", "本办件已" + (earlier.status()
            == DecisionPeriodRecords.ExtensionStatus.PENDING ? "有待批准的延期申请" : "延长过决定期限")
            + "：决定期限只可延长一次（《中华人民共和国行政许可法》第四十二条）",
            "The case's decision period was already extended or an extension awaits approval: it is extended once at"
                + " most (Administrative Licensing Law, art. 42)");
      }
    }
    String id = UUID.randomUUID().toString();
    OffsetDateTime now = now();
    String reason = body.reason().strip();
    records.requestExtension(id, caseNo, days, reason, user.id(), now);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("caseNo", caseNo);
    variables.put("applicantName", c.applicantName());
    variables.put("itemName", item.name());
    variables.put("department", c.department());
    variables.put("departmentName", catalogue.departmentName(c.department()));
    ProcessInstance approval = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(EXTENSION_PROCESS,
        caseNo, variables));
    records.attachExtensionProcess(id, approval.getId());
    audit.record(caseNo, "decision-period.extension-requested", user.id(), details("extensionId", id,
        "workingDays", days, "reason", reason));
    return view(records.extension(id).orElseThrow());
  }

  /**
   * The department head's decision on an extension (the complete listener of its task). An approval moves the
   * deadline, the decision task's due date and issues the 延期通知书; one that comes after the case left the decision
   * (decided, withdrawn, or the period ended) lapses and changes nothing.
   */
  void decideExtension(String processInstanceId, boolean approved, String opinion, String leader) {
    DecisionPeriodRecords.Extension extension = records.extensionOfProcess(processInstanceId).orElseThrow();
    if (extension.status() != DecisionPeriodRecords.ExtensionStatus.PENDING) {
      return;
    }
    CaseRecord c = cases.require(extension.caseNo());
    cases.lock(c.caseNo());
    DeadlineView active = deadlines.active(c.processInstanceId(), DECISION).orElse(null);
    DecisionPeriodRecords.ExtensionStatus status = !approved ? DecisionPeriodRecords.ExtensionStatus.REFUSED
        : active == null ? DecisionPeriodRecords.ExtensionStatus.LAPSED : DecisionPeriodRecords.ExtensionStatus.APPROVED;
    LocalDate before = active == null ? null : active.dueDate();
    LocalDate after = null;
    if (status == DecisionPeriodRecords.ExtensionStatus.APPROVED) {
      after = deadlines.postpone(c.processInstanceId(), DECISION, extension.workingDays()).orElseThrow().dueDate();
      followDeadline(c);
    }
    records.decideExtension(extension.id(), status, leader, now(), opinion, before, after);
    IssuedDocument notice = status == DecisionPeriodRecords.ExtensionStatus.APPROVED
        ? documents.extensionNotice(c.caseNo(), extension.reason(), extension.workingDays(), before, after) : null;
    if (notice != null) {
      mail.queue(mail.toApplicant(c.caseNo(), NotificationType.EXTENSION_NOTICE, "extension:" + extension.id())
          .with("reason", extension.reason()).with("previousDeadline", before).with("newDeadline", after)
          .with("documentLink", documents.link(notice)));
    }
    Map<String, Object> decided = details("extensionId", extension.id(), "status", status.name(), "opinion", opinion,
        "previousDueDate", before, "newDueDate", after);
    if (notice == null) {
      audit.record(c.caseNo(), "decision-period.extension-decided", leader, decided);
    } else {
      recordWhenNumbered(notice, c.caseNo(), "decision-period.extension-decided", leader, decided);
    }
  }

  /**
   * Records the event with its notice's number once the step has taken it, just before the step commits
   * ({@link IssuedDocument#whenNumbered}): asking for the number here would take it, and hold the department's
   * document-number counter, for the rest of the step.
   */
  private void recordWhenNumbered(IssuedDocument notice, String caseNo, String type, String actor,
      Map<String, Object> details) {
    notice.whenNumbered(number -> {
      Map<String, Object> numbered = new LinkedHashMap<>(details);
      numbered.put("documentNumber", number);
      audit.record(caseNo, type, actor, numbered);
    });
  }

  /** Stops the decision period's clock for a hearing, test, appraisal or expert review. */
  @Transactional
  public Map<String, Object> suspend(String caseNo, DecisionPeriodRequests.Suspension body, CurrentUser user) {
    CaseRecord c = approversCase(caseNo, user);
    DeadlineView active = deciding(c);
    if (active.suspendedAt() != null) {
      throw ApiException.conflict("decision-period-suspended", "本办件的决定期限已中止计算，恢复后方可再次中止",
          "The case's decision period is already suspended; resume it first");
    }
    deadlines.suspend(c.processInstanceId(), DECISION).orElseThrow();
    String id = UUID.randomUUID().toString();
    String reason = body.reason().strip();
    records.suspend(id, caseNo, body.kind(), reason, user.id(), now(), active.dueDate());
    followDeadline(c);
    IssuedDocument notice = documents.suspensionNotice(caseNo, body.kind(), reason, active.dueDate());
    mail.queue(mail.toApplicant(caseNo, NotificationType.SUSPENSION_NOTICE, "suspension:" + id)
        .with("suspensionKind", body.kind().label()).with("reason", reason)
        .with("documentLink", documents.link(notice)));
    recordWhenNumbered(notice, caseNo, "decision-period.suspended", user.id(), details("suspensionKind",
        body.kind().label(), "reason", reason, "previousDueDate", active.dueDate()));
    return view(records.openSuspension(caseNo).orElseThrow());
  }

  /** Restarts the clock; the working days it stood are not counted, so the last day moves by them. */
  @Transactional
  public Map<String, Object> resume(String caseNo, DecisionPeriodRequests.Resumption body, CurrentUser user) {
    CaseRecord c = approversCase(caseNo, user);
    DecisionPeriodRecords.Suspension open = records.openSuspension(caseNo).orElseThrow(() -> ApiException.conflict(
        "decision-period-not-suspended", "本办件的决定期限未中止计算", "The case's decision period is not suspended"));
    deciding(c);
    LocalDate stopped = open.suspendedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    int stood = calendar.workingDaysAfter(stopped, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)));
    LocalDate after = deadlines.resume(c.processInstanceId(), DECISION).orElseThrow().dueDate();
    String note = body == null || body.note() == null || body.note().isBlank() ? null : body.note().strip();
    records.resume(open.id(), user.id(), now(), note, stood, after);
    followDeadline(c);
    IssuedDocument notice = documents.resumptionNotice(caseNo, open.kind(), stopped, stood, after, note);
    mail.queue(mail.toApplicant(caseNo, NotificationType.RESUMPTION_NOTICE, "resumption:" + open.id())
        .with("suspensionKind", open.kind().label()).with("workingDays", stood).with("newDeadline", after)
        .with("documentLink", documents.link(notice)));
    recordWhenNumbered(notice, caseNo, "decision-period.resumed", user.id(), details("suspensionKind",
        open.kind().label(), "workingDays", stood, "newDueDate", after));
    return view(records.suspensions(caseNo).stream().filter(s -> s.id().equals(open.id())).findFirst().orElseThrow());
  }

  /**
   * The decision period ended while its clock stood: the approver decided (or returned the case, or it ended) without
   * resuming first. The suspension ends with the period, recorded as ended by what ended it, so that the case keeps no
   * open suspension; the applicant learns the outcome from the decision itself, not from a resumption notice.
   */
  @EventListener
  void periodEnded(DeadlineCancelled cancelled) {
    if (!DECISION.equals(cancelled.kind()) || cancelled.businessKey() == null) {
      return;
    }
    String caseNo = cancelled.businessKey();
    records.openSuspension(caseNo).ifPresent(open -> {
      LocalDate stopped = open.suspendedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
      int stood = calendar.workingDaysAfter(stopped, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)));
      String endedBy = cases.decision(caseNo).isPresent() ? ENDED_BY_DECISION : ENDED_WITHOUT_DECISION;
      String actor = audit.currentActor();
      records.resume(open.id(), actor, now(), endedBy, stood, null);
      audit.record(caseNo, "decision-period.suspension-ended", actor, details("suspensionKind", open.kind().label(),
          "workingDays", stood, "note", endedBy));
    });
  }

  /** What the case file shows: the extensions and suspensions of the decision period, oldest first. */
  Map<String, Object> history(String caseNo) {
    Map<String, Object> history = new LinkedHashMap<>();
    history.put("extensions", records.extensions(caseNo).stream().map(DecisionPeriods::view).toList());
    history.put("suspensions", records.suspensions(caseNo).stream().map(DecisionPeriods::view).toList());
    return history;
  }

  /**
   * The due date of the department head's approval task: the case's decision deadline, by which an extension must
   * be approved to be one ({@code camunda:dueDate} of decision-period-extension.bpmn).
   */
  public Date approvalDue(DelegateExecution execution) {
    return cases.find(execution.getProcessBusinessKey())
        .map(c -> taskDeadlines.datesOf(c.processInstanceId(), DECISION)[0]).orElse(null);
  }

  /** The open decision task (or level of a leveled decision) shows the deadline as it now is, in Tasklist too. */
  private void followDeadline(CaseRecord c) {
    SystemCall.run(identity, () -> {
      for (Task task : tasks.createTaskQuery().processInstanceId(c.processInstanceId())
          .taskDefinitionKeyIn(DECISION_TASK, ReviewOutcome.TASK).list()) {
        Date[] dates = taskDeadlines.datesOf(c.processInstanceId(), DECISION);
        task.setDueDate(dates[0]);
        task.setFollowUpDate(dates[1]);
        tasks.saveTask(task);
      }
      return null;
    });
  }

  /** The case, for an approver of its department; anyone else is refused before anything is read or written. */
  private CaseRecord approversCase(String caseNo, CurrentUser user) {
    CaseRecord c = cases.require(caseNo);
    if (!user.isIn(DepartmentGroups.approvers(c.department()))) {
      throw ApiException.forbidden("not-department-approver", "只有本办件所属部门的审批人员可以办理决定期限的延长和中止",
          "Only an approver of the case's department may extend or suspend its decision period");
    }
    cases.lock(caseNo);
    return c;
  }

  /** The active decision deadline: the case waits for its decision. */
  private DeadlineView deciding(CaseRecord c) {
    return deadlines.active(c.processInstanceId(), DECISION).orElseThrow(() -> ApiException.conflict("not-deciding",
        "本办件不在作出行政决定环节（或决定期限已届满），不能延长或中止决定期限",
        "The case is not awaiting its decision (or the decision period has ended): its period cannot be extended or"
            + " suspended"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static Map<String, Object> view(DecisionPeriodRecords.Extension e) {
    return details("id", e.id(), "workingDays", e.workingDays(), "reason", e.reason(), "requestedBy", e.requestedBy(),
        "requestedAt", e.requestedAt(), "status", e.status().name(), "decidedBy", e.decidedBy(),
        "decidedAt", e.decidedAt(), "opinion", e.opinion(), "previousDueDate", e.dueBefore(),
        "newDueDate", e.dueAfter());
  }

  private static Map<String, Object> view(DecisionPeriodRecords.Suspension s) {
    return details("id", s.id(), "kind", s.kind().name(), "kindLabel", s.kind().label(), "reason", s.reason(),
        "suspendedBy", s.suspendedBy(), "suspendedAt", s.suspendedAt(), "previousDueDate", s.dueBefore(),
        "resumedBy", s.resumedBy(), "resumedAt", s.resumedAt(), "note", s.resumeNote(),
        "workingDaysNotCounted", s.workingDays(), "newDueDate", s.dueAfter());
  }

  /** Name, value pairs in order; a null value is left out, and a date is written as yyyy-MM-dd. */
  private static Map<String, Object> details(Object... pairs) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        details.put((String) pairs[i], pairs[i + 1] instanceof LocalDate d ? d.toString() : pairs[i + 1]);
      }
    }
    return details;
  }
}
