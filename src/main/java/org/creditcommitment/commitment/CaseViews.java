package org.creditcommitment.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.security.SystemCall;
import org.springframework.stereotype.Service;

/** One case as an applicant or official reads it: stage, open tasks, deadlines, outcome, benefits. */
@Service
class CaseViews {

  private final Cases cases;
  private final HistoryService history;
  private final TaskService tasks;
  private final DeadlineService deadlines;
  private final IdentityService identity;
  private final Letters letters;
  private final DecisionPeriods periods;
  private final CaseServices services;

  CaseViews(Cases cases, HistoryService history, TaskService tasks, DeadlineService deadlines,
      IdentityService identity, Letters letters, DecisionPeriods periods, CaseServices services) {
    this.services = services;
    this.letters = letters;
    this.periods = periods;
    this.cases = cases;
    this.history = history;
    this.tasks = tasks;
    this.deadlines = deadlines;
    this.identity = identity;
  }

  Map<String, Object> view(String caseNo) {
    CaseRecord record = cases.require(caseNo);
    return SystemCall.run(identity, () -> {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("caseNo", record.caseNo());
      view.put("applicantCode", record.applicantCode());
      view.put("applicantName", record.applicantName());
      Cases.NameState name = cases.nameState(caseNo);
      view.put("nameCheck", name.check());
      view.put("nameCheckedAt", name.checkedAt());
      view.put("itemCode", record.itemCode());
      view.put("department", record.department());
      view.put("commitmentType", record.commitmentType());
      view.put("missingMaterials", record.missingMaterials());
      view.put("createdAt", record.createdAt());
      view.put("eligible", record.eligible());
      view.put("eligibilityReason", record.eligibilityReason());
      view.put("licenceNo", record.licenceNo());
      view.put("endState", record.endState());
      view.put("endedAt", record.endedAt());
      String pid = record.processInstanceId();
      view.put("stage", history.createHistoricActivityInstanceQuery().processInstanceId(pid).unfinished().list()
          .stream().filter(a -> !"subProcess".equals(a.getActivityType())).map(a -> a.getActivityName()).toList());
      view.put("openTasks", tasks.createTaskQuery().processInstanceId(pid).list().stream().map(t -> {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("id", t.getId());
        task.put("key", t.getTaskDefinitionKey());
        task.put("name", t.getName());
        task.put("created", t.getCreateTime());
        task.put("due", t.getDueDate());
        return task;
      }).toList());
      view.put("deadlines", deadlines.list(caseNo));
      // extensions and suspensions of the decision period (行政许可法 第四十二条、第四十五条)
      view.put("decisionPeriod", periods.history(caseNo));
      // how and when each decision document reached the applicant (行政许可法 第四十四条)
      view.put("electronicServiceConsent", cases.serviceConsent(caseNo));
      view.put("service", services.view(caseNo));
      CaseFacts facts = cases.facts(caseNo);
      view.put("benefits", facts.benefits() == null ? null : RecordBenefitsListener.NONE.equals(facts.benefits())
          ? List.of() : List.of(facts.benefits().split("、")));
      view.put("grantedServices", GrantedService.read(facts.grantedServices()).stream().map(GrantedService::label)
          .toList());
      view.put("grade", facts.grade());
      view.put("letterSha256", letters.letter(caseNo).map(Letters.StoredLetter::sha256).orElse(null));
      // a letter changed after signing no longer matches the hash its signature kept
      view.put("signedLetterIntact", letters.signature(caseNo).isPresent() ? letters.signedLetterIntact(caseNo) : null);
      return view;
    });
  }
}
