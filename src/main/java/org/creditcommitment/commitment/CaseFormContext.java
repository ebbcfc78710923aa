package org.creditcommitment.commitment;

import java.util.HashMap;
import java.util.Map;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.security.TaskFormContext;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.supervision.SupervisionProperties;
import org.springframework.stereotype.Component;

/**
 * What the lifecycle's forms show about the case, read from the case record, its letter and the catalogue when an
 * official opens the task: the engine's history keeps no copy of it for every case, and a form shows what the record
 * says at that moment. The field keys are the forms' contract (docs/tasks-over-rest.md).
 */
@Component
class CaseFormContext implements TaskFormContext {

  private final Cases cases;
  private final Letters letters;
  private final Catalogue catalogue;
  private final CasePeriods periods;
  private final SubjectCodes codes;
  private final KeySupervisionList keySupervision;

  CaseFormContext(Cases cases, Letters letters, Catalogue catalogue, CasePeriods periods, SubjectCodes codes,
      KeySupervisionList keySupervision) {
    this.keySupervision = keySupervision;
    this.cases = cases;
    this.letters = letters;
    this.catalogue = catalogue;
    this.periods = periods;
    this.codes = codes;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!CaseApplications.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null) {
      return Map.of();
    }
    CaseRecord c = cases.find(task.businessKey()).orElse(null);
    if (c == null) {
      return Map.of();
    }
    CaseFacts facts = cases.facts(c.caseNo());
    ServiceItem item = catalogue.find(c.itemCode()).orElseThrow();
    Map<String, Object> v = new HashMap<>();
    v.put("applicantCodeMasked", codes.parse(c.applicantCode()).masked());
    v.put("commitmentTypeLabel", c.commitmentType().label());
    v.put("materialsText", LetterTemplate.numbered(item.materials()));
    v.put("missingMaterialsText", c.missingMaterials().isEmpty() ? "无" : LetterTemplate.numbered(c.missingMaterials()));
    v.put("signingPeriodText", LetterTemplate.periodText(periods.of(c, facts, "signing")));
    if (c.commitmentType() == CommitmentType.TOLERATE_MISSING) {
      v.put("materialsPeriodText", LetterTemplate.periodText(periods.of(c, facts, "materials")));
    }
    put(v, "grade", facts.grade());
    if (facts.redListed() != null) {
      v.put("redListText", !facts.redListed() ? "否" : "是（守信红名单，享受绿色通道：作出行政决定期限 "
          + LetterTemplate.periodText(periods.of(c, facts, "decision")) + "）");
    }
    put(v, "negativeReminderText", facts.negativeReminder());
    put(v, "benefitsText", facts.benefits());
    put(v, "eligibilityReason", c.eligibilityReason());
    put(v, "licenceNo", c.licenceNo());
    put(v, "rectificationReason", facts.rectificationReason());
    put(v, "rectificationDescription", facts.rectificationDescription());
    SupervisionProperties.Measure measure = keySupervision.measure();
    v.put("supervisionPeriodText", "自惩戒决定之日起计算；不填为 " + measure.defaultMonths() + " 个月，最长 "
        + measure.maxMonths() + " 个月；信用修复后提前解除");
    letters.letter(c.caseNo()).ifPresent(letter -> {
      v.put("letterText", letter.text());
      v.put("letterSha256", letter.sha256());
    });
    return v;
  }

  private static void put(Map<String, Object> values, String key, Object value) {
    if (value != null) {
      values.put(key, value);
    }
  }
}
