package org.creditcommitment.repair;

import java.util.List;

import org.springframework.stereotype.Service;

/** A subject's credit repairs for other modules (its credit report). */
@Service
public class SubjectRepairs {

  private final Repairs repairs;

  SubjectRepairs(Repairs repairs) {
    this.repairs = repairs;
  }

  /** Every repair the subject applied for, oldest first; the outcome is null while it is open. */
  public List<Repair> of(String subjectCode) {
    return repairs.ofSubject(subjectCode);
  }

  /** The label of a repair's outcome (REPAIRED, REFUSED, INCOMPLETE); 审核中 while open. */
  public static String outcomeLabel(Repair repair) {
    return repair.outcome() == null ? "审核中" : RepairOutcome.valueOf(repair.outcome()).label;
  }
}
