package org.creditcommitment.objection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The rules of an answer to an objection (核实并答复信用异议, or the credit office answering an overdue one):
 * a decision and an explanation are required; a correction changes at least one field of the record, within
 * limits, and its publicity end, when given, does not lie before the record's publicity start.
 */
final class ObjectionAnswers {

  static final int MAX_EXPLANATION = 2000;
  static final int MAX_CORRECTED_FIELD = 1000;

  /** An answer as checked: the corrected publicity end normalized to yyyy-MM-dd. */
  record Answer(ObjectionDecision decision, String explanation, String correctedBasis, String correctedSourceUnit,
      String correctedDomain, String correctedPublicityEnd) {}

  private ObjectionAnswers() {}

  /**
   * @param texts the form's texts, trimmed, null when empty
   * @throws BadUserRequestException naming what is wrong, in Chinese and English
   */
  static Answer check(Object decisionValue, String explanation, String correctedBasis, String correctedSourceUnit,
      String correctedDomain, String correctedPublicityEnd, LocalDate publicityStart) {
    ObjectionDecision decision;
    try {
      decision = ObjectionDecision.parse(decisionValue);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException(
          "处理结果须为 CORRECT、REVOKE 或 KEEP / objectionDecision must be CORRECT, REVOKE or KEEP");
    }
    if (explanation == null || explanation.length() > MAX_EXPLANATION) {
      throw new BadUserRequestException("须写明核实情况及理由（不超过2000字）/ answerExplanation is required (max 2000)");
    }
    if (decision != ObjectionDecision.CORRECT) {
      return new Answer(decision, explanation, null, null, null, null);
    }
    if (correctedBasis == null && correctedSourceUnit == null && correctedDomain == null
        && correctedPublicityEnd == null) {
      throw new BadUserRequestException("更正须至少修改一项记录内容 / a correction must change at least one field");
    }
    for (String value : new String[] {correctedBasis, correctedSourceUnit, correctedDomain}) {
      if (value != null && value.length() > MAX_CORRECTED_FIELD) {
        throw new BadUserRequestException("更正内容过长 / a corrected field is longer than 1000 characters");
      }
    }
    String end = null;
    if (correctedPublicityEnd != null) {
      LocalDate date;
      try {
        date = LocalDate.parse(correctedPublicityEnd.length() > 10 ? correctedPublicityEnd.substring(0, 10)
            : correctedPublicityEnd);
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("公示截止日期格式应为 yyyy-MM-dd / correctedPublicityEnd must be yyyy-MM-dd");
      }
      if (publicityStart != null && date.isBefore(publicityStart)) {
        throw new BadUserRequestException("更正后的公示截止日期不能早于公示开始日期 / corrected publicity end is before its start");
      }
      end = date.toString();
    }
    return new Answer(decision, explanation, correctedBasis, correctedSourceUnit, correctedDomain, end);
  }
}
