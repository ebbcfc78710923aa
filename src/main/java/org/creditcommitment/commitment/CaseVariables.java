package org.creditcommitment.commitment;

import java.util.HashMap;
import java.util.Map;

import org.creditcommitment.catalogue.ServiceItem;

/**
 * The process variables a case starts with: what the process routes on (the department whose officials decide, the
 * commitment type) and what a Tasklist card shows (case number, applicant, item, department). Everything else a
 * form, letter or mail needs is read from the case record when it is needed (CaseFormContext). The names are a
 * public contract (forms, BPMN expressions, Tasklist filters, integrators): change them only together with
 * everything that reads them.
 */
final class CaseVariables {

  private CaseVariables() {}

  static Map<String, Object> initial(CaseRecord c, ServiceItem item, String departmentName) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseNo", c.caseNo());
    v.put("applicantName", c.applicantName());
    v.put("itemName", item.name());
    v.put("department", item.department());
    v.put("departmentName", departmentName);
    v.put("commitmentType", c.commitmentType().name());
    return v;
  }

}
