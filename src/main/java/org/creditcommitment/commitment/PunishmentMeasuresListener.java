package org.creditcommitment.commitment;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 决定惩戒措施: refuses an empty or unknown choice before the task ends (and the revocation of a licence
 * the case never granted), and records the measures, the months a subject is barred from commitment and the basis on
 * the case, where the later steps read them. A licence granted on a false commitment is revoked without being ticked.
 */
@Component("punishmentMeasuresListener")
class PunishmentMeasuresListener implements TaskListener {

  /** Without a stated bar, a subject is barred from commitment for a year. */
  static final int DEFAULT_BAR_MONTHS = 12;

  private final Cases cases;
  private final PublicationDeadline publication;

  PunishmentMeasuresListener(Cases cases, PublicationDeadline publication) {
    this.cases = cases;
    this.publication = publication;
  }

  @Override
  public void notify(DelegateTask task) {
    List<PunishmentMeasure> measures;
    try {
      measures = PunishmentMeasure.parse(task.getVariable("punishmentMeasures"));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("惩戒措施不在联合惩戒措施清单中 / unknown punishment measure: " + e.getMessage());
    }
    if (measures.isEmpty()) {
      throw new BadUserRequestException("须至少选择一项惩戒措施 / choose at least one punishment measure");
    }
    String caseNo = task.getExecution().getProcessBusinessKey();
    boolean licensed = cases.require(caseNo).licenceNo() != null;
    if (!licensed && measures.contains(PunishmentMeasure.REVOKE_LICENCE)) {
      throw new BadUserRequestException("本办件未核发行政许可，不能选择撤销行政许可 / no licence was granted on this case,"
          + " REVOKE_LICENCE does not apply");
    }
    if (licensed && cases.facts(caseNo).falseCommitmentReason() != null
        && !measures.contains(PunishmentMeasure.REVOKE_LICENCE)) {
      // 普政数局〔2022〕25号 二（三）一是: a licence obtained by a false commitment is revoked, whatever was ticked
      measures.add(PunishmentMeasure.REVOKE_LICENCE);
      measures.sort(null);
    }
    Integer barMonths = measures.contains(PunishmentMeasure.NO_COMMITMENT_MODE)
        ? barMonths(task.getVariable("barMonths")) : null;
    cases.record(caseNo, Cases.Fact.PUNISHMENT_MEASURES, String.join(",", measures.stream().map(Enum::name).toList()));
    cases.record(caseNo, Cases.Fact.BAR_MONTHS, barMonths);
    Object basis = task.getVariable("punishmentBasis");
    cases.record(caseNo, Cases.Fact.PUNISHMENT_BASIS, basis == null ? null : basis.toString().strip());
    // the punishment is decided: it is published within the period
    publication.start(task.getExecution());
  }

  /**
   * The months the approver gave, or the default when none was given. A value given is taken as it is or refused:
   * text or a fraction silently replaced by the default (or cut to a whole month) would bar the subject for a period
   * nobody chose.
   */
  static int barMonths(Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return DEFAULT_BAR_MONTHS;
    }
    if (value instanceof Number n) {
      try {
        BigDecimal months = new BigDecimal(n.toString());
        if (months.signum() > 0 && months.stripTrailingZeros().scale() <= 0) {
          return months.intValueExact();
        }
      } catch (NumberFormatException | ArithmeticException notWholeMonths) {
        // refused below
      }
    }
    throw new BadUserRequestException("不适用信用承诺的期限须为不少于1的整数个月 / barMonths must be a whole number of"
        + " months, at least 1, given as a number");
  }
}
