package org.creditcommitment.objection;

import org.creditcommitment.credit.DishonestyStatus;

/**
 * How an objection is answered (汕府办函〔2021〕17号 (二十三): 经核实有误的信息要及时予以更正或撤销) and what
 * it makes of the record. A corrected record stays in force with its corrected fields (a correction fixes the
 * data, it does not withdraw it); a revoked one is withdrawn; a kept one is back in force unchanged.
 */
enum ObjectionDecision {
  CORRECT("CORRECTED", "已更正", DishonestyStatus.ACTIVE),
  REVOKE("REVOKED", "已撤销该记录", DishonestyStatus.REVOKED),
  KEEP("KEPT", "经核实，维持原记录", DishonestyStatus.ACTIVE);

  /** The value of the process variable {@code objectionOutcome}. */
  final String outcome;
  final String label;
  final DishonestyStatus recordStatus;

  ObjectionDecision(String outcome, String label, DishonestyStatus recordStatus) {
    this.outcome = outcome;
    this.label = label;
    this.recordStatus = recordStatus;
  }

  static ObjectionDecision parse(Object value) {
    for (ObjectionDecision decision : values()) {
      if (decision.name().equals(value)) {
        return decision;
      }
    }
    throw new IllegalArgumentException(String.valueOf(value));
  }

  static ObjectionDecision ofOutcome(String outcome) {
    for (ObjectionDecision decision : values()) {
      if (decision.outcome.equals(outcome)) {
        return decision;
      }
    }
    throw new IllegalArgumentException(outcome);
  }
}
