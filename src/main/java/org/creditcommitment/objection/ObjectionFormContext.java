package org.creditcommitment.objection;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceLinks;
import org.creditcommitment.security.TaskFormContext;
import org.creditcommitment.subject.SubjectCodes;
import org.springframework.stereotype.Component;

/**
 * What the objection's forms show, read from the objection's row when an official opens the task (the process keeps
 * no copy). The field keys are the forms' contract (docs/tasks-over-rest.md); an objection filed on the earlier model
 * still carries them as variables, which win.
 */
@Component
class ObjectionFormContext implements TaskFormContext {

  /** The form text that links the objection's evidence files (Markdown; no field: nothing to submit back). */
  static final String EVIDENCE_FILE_LINKS = "evidenceFileLinks";
  static final String REVIEW_TASK = "Task_ReviewPunishedCase";

  private final Objections objections;
  private final SubjectCodes codes;

  private final EvidenceFiles evidenceFiles;

  ObjectionFormContext(Objections objections, SubjectCodes codes, EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.objections = objections;
    this.codes = codes;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!ObjectionFiling.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null) {
      return Map.of();
    }
    // an objection filed on the earlier model lacks the snapshot (null, left out): its variables show it
    return objections.facts(task.businessKey()).map(f -> {
      Objection o = f.objection();
      Map<String, Object> v = new HashMap<>();
      v.put("objectionNo", o.objectionNo());
      v.put("subjectName", f.subjectName());
      v.put("subjectCodeMasked", codes.parse(o.subjectCode()).masked());
      v.put("recordSummary", DishonestyRecord.forForms(f.recordSummary()));
      v.put("recordSourceUnit", f.recordSourceUnit());
      objections.route(o.objectionNo()).ifPresent(route -> v.put("answerUnit", route.description()));
      v.put("objectionReason", o.reason());
      v.put("evidenceText", ObjectionFiling.evidenceText(o.evidence()));
      v.put(EVIDENCE_FILE_LINKS, EvidenceLinks.markdown(evidenceFiles.of(ObjectionEvidence.KIND, o.objectionNo()),
          "无"));
      if (REVIEW_TASK.equals(task.taskDefinitionKey())) {
        // shown only once answered: on the answering tasks these keys are the fields being filled in
        v.put("answerExplanation", o.explanation());
        v.put("punishedCaseNos", o.punishedCases() == null ? null : String.join("、", o.punishedCases().split(",")));
      }
      v.values().removeIf(Objects::isNull); // unknown on this row: left out, a variable may show it
      return v;
    }).orElse(Map.<String, Object>of());
  }
}
