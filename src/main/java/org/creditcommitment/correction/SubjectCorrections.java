package org.creditcommitment.correction;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

/** Corrections for other modules: a subject's (its credit report) and the corrected codes of a period (statistics). */
@Service
public class SubjectCorrections {

  private final Corrections corrections;

  SubjectCorrections(Corrections corrections) {
    this.corrections = corrections;
  }

  /** The corrections of the subject's records, oldest first, whatever their outcome. */
  public List<Correction> of(String subjectCode) {
    return corrections.ofSubject(subjectCode);
  }

  /** Corrections the credit platform took in [from, to). */
  public List<Correction> appliedBetween(OffsetDateTime from, OffsetDateTime to) {
    return corrections.appliedBetween(from, to);
  }
}
