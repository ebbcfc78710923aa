package org.creditcommitment.voluntary;

import java.util.HashMap;
import java.util.Map;

import org.creditcommitment.security.TaskFormContext;
import org.creditcommitment.subject.Masking;
import org.springframework.stereotype.Component;

/** What the 形式审查 form shows from the row, read when it is shown (the process keeps no copy). */
@Component
class VoluntaryFormContext implements TaskFormContext {

  private final VoluntaryRows rows;

  VoluntaryFormContext(VoluntaryRows rows) {
    this.rows = rows;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!VoluntaryFiling.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null) {
      return Map.of();
    }
    return rows.find(task.businessKey()).map(r -> {
      Map<String, Object> v = new HashMap<>();
      v.put("subjectCodeMasked", Masking.subjectCode(r.subjectCode()));
      v.put("categoryLabel", r.category().label());
      v.put("membersText", r.memberCodes().isEmpty() ? "无" : String.join("\n", r.memberCodes()));
      v.put("commitmentText", r.text());
      v.put("signerText", r.signer() + "（" + r.signedAt().toLocalDate() + " 在线签署）");
      v.put("validity", r.validity());
      return v;
    }).orElse(Map.of());
  }
}
