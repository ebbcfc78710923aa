package org.creditcommitment.casehistory;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.creditcommitment.audit.AuditChainVerifier;
import org.creditcommitment.audit.ChainVerification;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.creditcommitment.system.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Read-only API of the auditor page: case search, a case's history (business events and engine detail as JSON,
 * the engine detail as CSV) and diagram, chain check.
 */
@RestController
@AllowedGroups({Groups.AUDITOR, Groups.ADMIN, Groups.CREDIT_OFFICE})
class AuditController {

  private final CaseTimeline timeline;
  private final BusinessTimeline business;
  private final CaseDiagram diagram;
  private final CaseSearch search;
  private final AuditChainVerifier verifier;
  private final ObjectMapper json;
  private final CaseScope scope;

  AuditController(CaseTimeline timeline, BusinessTimeline business, CaseDiagram diagram, CaseSearch search,
      AuditChainVerifier verifier, ObjectMapper json, CaseScope scope) {
    this.scope = scope;
    this.timeline = timeline;
    this.business = business;
    this.diagram = diagram;
    this.search = search;
    this.verifier = verifier;
    this.json = json;
  }

  /**
   * A case's history is read by auditors, the credit office and administrators, and by an official the case was sent
   * to for information (抄送); anyone else in the groups below is refused as if not in them.
   */
  private void readsHistory(String caseNo, CurrentUser caller) {
    // an unknown number is unknown to everyone who reads numbers, history reader or not
    timeline.instances(caseNo);
    if (!scope.readsHistory(caseNo, caller)) {
      throw ApiException.forbidden("forbidden", "当前用户所在的组无权执行此操作", "Your groups are not allowed to do this");
    }
  }

  @GetMapping("/api/cases/{caseNo}/history")
  @AllowedGroups({Groups.AUDITOR, Groups.ADMIN, Groups.CREDIT_OFFICE, Groups.CLERK, Groups.APPROVER, Groups.LEADER,
      Groups.INSPECTOR, Groups.PROVIDER})
  Map<String, Object> history(@ScopedKey @PathVariable String caseNo, CurrentUser caller) {
    readsHistory(caseNo, caller);
    List<HistoricProcessInstance> instances = timeline.instances(caseNo);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNo", caseNo);
    body.put("processInstances", instances.stream().map(i -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", i.getId());
      p.put("processDefinitionKey", i.getProcessDefinitionKey());
      p.put("processDefinitionName", i.getProcessDefinitionName());
      p.put("state", i.getState());
      p.put("startTime", i.getStartTime());
      p.put("endTime", i.getEndTime());
      return p;
    }).toList());
    List<TimelineEntry> entries = timeline.timeline(caseNo);
    BusinessTimeline.View view = business.view(caseNo, instances, entries);
    body.put("events", view.events());
    body.put("entries", entries);
    body.put("detailLabels", view.detailLabels());
    body.put("detailValues", DetailLabels.VALUES);
    body.put("detailHidden", DetailLabels.HIDDEN);
    return body;
  }

  @GetMapping("/api/cases/{caseNo}/history.csv")
  @AllowedGroups({Groups.AUDITOR, Groups.ADMIN, Groups.CREDIT_OFFICE, Groups.CLERK, Groups.APPROVER, Groups.LEADER,
      Groups.INSPECTOR, Groups.PROVIDER})
  ResponseEntity<byte[]> historyCsv(@ScopedKey @PathVariable String caseNo, CurrentUser caller) {
    readsHistory(caseNo, caller);
    String csv = TimelineCsv.write(timeline.timeline(caseNo), json);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + caseNo + "-history.csv\"")
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/api/cases/{caseNo}/diagram")
  @AllowedGroups({Groups.AUDITOR, Groups.ADMIN, Groups.CREDIT_OFFICE, Groups.CLERK, Groups.APPROVER, Groups.LEADER,
      Groups.INSPECTOR, Groups.PROVIDER})
  CaseDiagram.Diagram diagram(@ScopedKey @PathVariable String caseNo, CurrentUser caller) {
    readsHistory(caseNo, caller);
    return diagram.diagram(caseNo);
  }

  @GetMapping("/api/audit/cases")
  CaseSearch.Page cases(@RequestParam(required = false) String applicant, @RequestParam(required = false) String item,
      @RequestParam(required = false) String department, @RequestParam(required = false) String endState,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return search.search(new CaseSearch.Criteria(applicant, item, department, endState, from, to, page, size));
  }

  @GetMapping("/api/audit/verify")
  @AllowedGroups({Groups.AUDITOR, Groups.ADMIN})
  ChainVerification verify() {
    return verifier.verify();
  }
}
