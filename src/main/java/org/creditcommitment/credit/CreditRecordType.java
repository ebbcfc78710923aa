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
  BREACH,
  /**
   * A voluntary or self-regulatory commitment (主动型、行业自律型, 汕府办函〔2021〕17号 二（一）): published, or no longer
   * standing (payload {@code status} WITHDRAWN / REVOKED); reference = its number (ZY...).
   */
  VOLUNTARY_COMMITMENT,
  /**
   * The 信用修复型 commitment a subject signed when applying for credit repair (普政数局〔2022〕25号 二（七）); reference = the
   * repair number (XF...).
   */
  REPAIR_COMMITMENT,
  /**
   * A licence granted on a commitment (行政许可), pushed when granted and again when revoked (payload
   * {@code currentStatus} 有效 / 撤销); reference = the case number.
   */
  LICENCE
}
