package org.creditcommitment.repair;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceLinks;
import org.creditcommitment.security.TaskFormContext;
import org.creditcommitment.subject.SubjectCodes;
import org.springframework.stereotype.Component;

/**
 * What the repair's forms show, read from the application's row and its signed commitment when an official opens the
 * task (the process keeps no copy). The field keys are the forms' contract (docs/tasks-over-rest.md); a repair filed
 * on the earlier model still carries them as variables, which win.
 */
@Component
class RepairFormContext implements TaskFormContext {

  static final String VERIFY_TASK = "Task_VerifyRepair";

  private final Repairs repairs;
  private final SubjectCodes codes;

  private final EvidenceFiles evidenceFiles;

  RepairFormContext(Repairs repairs, SubjectCodes codes, EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.repairs = repairs;
    this.codes = codes;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!RepairFiling.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null) {
      return Map.of();
    }
    // a repair filed on the earlier model lacks the snapshot (null, left out): its variables show it
    return repairs.facts(task.businessKey()).map(f -> {
      Repair r = f.repair();
      Map<String, Object> v = new HashMap<>();
      v.put("repairNo", r.repairNo());
      v.put("subjectName", f.subjectName());
      v.put("subjectCodeMasked", codes.parse(r.subjectCode()).masked());
      v.put("recordSummary", DishonestyRecord.forForms(f.recordSummary()));
      v.put("evidenceText", r.evidence().isEmpty() ? "无" : String.join("\n", r.evidence()));
      v.put("evidenceFileLinks", EvidenceLinks.markdown(evidenceFiles.of(RepairEvidence.KIND, r.repairNo()), "无"));
      v.put("obligationsFulfilledText", r.obligationsFulfilled() ? "是" : "否");
      v.put("finePaidText", r.finePaid() ? "是" : "否（或未处罚款）");
      v.put("repairLetterSignedText", signed(r.commitment()));
      if (VERIFY_TASK.equals(task.taskDefinitionKey())) {
        // on the initial review these keys are fields being filled in, or not known yet
        v.put("reviewOpinion", f.reviewOpinion() == null ? "无" : f.reviewOpinion());
        v.put("supplementText", r.supplements().isEmpty() ? "无（材料齐全，未要求补正）" : String.join("\n", r.supplements()));
      }
      v.values().removeIf(Objects::isNull); // unknown on this row: left out, a variable may show it
      return v;
    }).orElse(Map.<String, Object>of());
  }

  private static String signed(RepairCommitment c) {
    if (c == null) {
      return "已签署信用修复承诺书（信用修复型）";
    }
    return "已签署信用修复承诺书（信用修复型），签署人 " + c.signer()
        + (c.channel() == RepairCommitment.Channel.ONLINE ? "，网上签署" : "，窗口纸质签署") + "；承诺书 SHA-256 "
        + c.textSha256().toLowerCase(Locale.ROOT);
  }
}
