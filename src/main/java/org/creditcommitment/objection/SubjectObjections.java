package org.creditcommitment.objection;

import java.util.List;

import org.springframework.stereotype.Service;

/** A subject's objections for other modules (its credit report). */
@Service
public class SubjectObjections {

  private final Objections objections;

  SubjectObjections(Objections objections) {
    this.objections = objections;
  }

  /** Every objection the subject filed, oldest first; the outcome is null while it is open. */
  public List<Objection> of(String subjectCode) {
    return objections.ofSubject(subjectCode);
  }

  /** The label of an objection's outcome (CORRECTED, REVOKED, KEPT), e.g. 已更正; 处理中 while open. */
  public static String outcomeLabel(Objection objection) {
    return objection.outcome() == null ? "处理中" : ObjectionDecision.ofOutcome(objection.outcome()).label;
  }
}
