package org.creditcommitment.commitment;

import java.util.HashMap;
import java.util.Map;

import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.security.TaskFormContext;
import org.springframework.stereotype.Component;

/**
 * What the department head's form shows about the extension asked for (form-approve-extension): who asked, why, how
 * long, the decision period's last day now and after the extension, read from the records when the form is shown.
 */
@Component
class ExtensionFormContext implements TaskFormContext {

  private final DecisionPeriodRecords records;
  private final Cases cases;
  private final DeadlineService deadlines;
  private final org.creditcommitment.calendar.WorkingDayCalendar calendar;
  private final org.camunda.bpm.engine.IdentityService identity;

  ExtensionFormContext(DecisionPeriodRecords records, Cases cases, DeadlineService deadlines,
      org.creditcommitment.calendar.WorkingDayCalendar calendar, org.camunda.bpm.engine.IdentityService identity) {
    this.identity = identity;
    this.records = records;
    this.cases = cases;
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!DecisionPeriods.EXTENSION_PROCESS.equals(task.processDefinitionKey())) {
      return Map.of();
    }
    DecisionPeriodRecords.Extension extension = records.extensionOfProcess(task.processInstanceId()).orElse(null);
    if (extension == null) {
      return Map.of();
    }
    Map<String, Object> v = new HashMap<>();
    // the official by name, as every screen names who acted; read as the system (a head may not read users)
    String by = extension.requestedBy();
    v.put("extensionRequestedBy", org.creditcommitment.security.SystemCall.run(identity,
        () -> org.creditcommitment.security.UserNames.display(identity.createUserQuery().userId(by).singleResult(), by)));
    v.put("extensionReason", extension.reason());
    v.put("extensionWorkingDays", extension.workingDays() + " 个工作日");
    cases.find(extension.caseNo()).flatMap(c -> deadlines.active(c.processInstanceId(), CaseDeadlineKinds.DECISION))
        .ifPresent(d -> {
          v.put("decisionDueDate", d.dueDate().toString() + (d.suspendedAt() != null ? "（中止计算中）" : ""));
          v.put("extendedDueDate", calendar.postpone(d.due(), extension.workingDays()).dueDate().toString());
        });
    v.putIfAbsent("decisionDueDate", "本办件已不在作出决定环节：批准不再生效");
    return v;
  }
}
