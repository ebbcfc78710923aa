package org.creditcommitment.commitment;

import java.util.HashMap;
import java.util.Map;

import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.subject.SubjectCode;

/**
 * The process variables a case starts with. Their names are a public contract (forms, BPMN
 * expressions, integrators): change them only together with everything that reads them.
 */
final class CaseVariables {

  private CaseVariables() {}

  static Map<String, Object> initial(CaseRecord c, ServiceItem item, String departmentName, SubjectCode code) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseNo", c.caseNo());
    v.put("applicantCode", c.applicantCode());
    v.put("applicantCodeMasked", code.masked());
    v.put("applicantName", c.applicantName());
    v.put("applicantEmail", c.applicantEmail());
    v.put("itemCode", item.code());
    v.put("itemName", item.name());
    v.put("department", item.department());
    v.put("departmentName", departmentName);
    v.put("commitmentType", c.commitmentType().name());
    v.put("commitmentTypeLabel", c.commitmentType().label());
    v.put("materialsText", LetterTemplate.numbered(item.materials()));
    v.put("missingMaterialsText", c.missingMaterials().isEmpty() ? "无" : LetterTemplate.numbered(c.missingMaterials()));
    ServiceItem.Periods periods = item.periods();
    v.put("signingDeadlineSpec", periods.signing());
    v.put("decisionDeadlineSpec", periods.decision());
    v.put("materialsDeadlineSpec", periods.materials() == null ? periods.rectification() : periods.materials());
    v.put("inspectionDeadlineSpec", periods.inspection());
    v.put("rectificationDeadlineSpec", periods.rectification());
    v.put("rectificationRefused", false);
    return v;
  }

}
