package org.creditcommitment.credit;

/** What a push to the credit platform (归集推送) carries. */
public enum CreditRecordType {
  COMMITMENT,
  FULFILMENT,
  DISHONESTY,
  CORRECTION,
  REPAIR,
  PUBLICITY_END,
  /** A broken commitment recorded by the owning department: the subject is under key supervision (重点监管). */
  BREACH
}
