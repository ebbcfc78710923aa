package org.creditcommitment.commitment;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.supervision.SupervisionProperties;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 决定惩戒措施: refuses an empty or unknown choice before the task ends (and the revocation of a licence
 * the case never granted), and records the measures, the months a subject is barred from commitment, the months it is
 * listed under key supervision, the basis and the approver on the case, where the later steps read them. A licence
 * granted on a false commitment is revoked without being ticked. An item decided in levels decides here at its final
 * level (批准, {@link FinalLevel}): its opinion is required, it may return the case to the level before, and its
 * decision issues the 失信惩戒审批表.
 */
@Component("punishmentMeasuresListener")
class PunishmentMeasuresListener implements TaskListener {

  /** Without a stated bar, a subject is barred from commitment for a year. */
  static final int DEFAULT_BAR_MONTHS = 12;

  private final Cases cases;
  private final PublicationDeadline publication;
  private final KeySupervisionList keySupervision;
  private final IdentityService identity;
  private final PriorNotices priorNotices;
  private final FinalLevel finalLevel;

  PunishmentMeasuresListener(Cases cases, PublicationDeadline publication, KeySupervisionList keySupervision,
      IdentityService identity, PriorNotices priorNotices, FinalLevel finalLevel) {
    this.priorNotices = priorNotices;
    this.finalLevel = finalLevel;
    this.cases = cases;
    this.publication = publication;
    this.keySupervision = keySupervision;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = task.getExecution().getProcessBusinessKey();
    String user = StepInputs.completedBy(identity, task);
    FinalLevel.Step level = finalLevel.open(task, ApprovalPhase.PUNISHMENT, caseNo, "punishmentOpinion");
    if (CaseReturnStep.isReturn(task, "punishmentChoice")) {
      if (!level.leveled()) {
        throw new BadUserRequestException("本事项的失信惩戒决定为一级审批，没有可退回的上一级 / this punishment is decided"
            + " by one level: there is no level to return to");
      }
      finalLevel.returnToPreviousLevel(level, task, caseNo, user);
      return;
    }
    List<PunishmentMeasure> measures = chosen(task, cases, caseNo);
    String answer = StepInputs.text(task, "statementAnswer");
    priorNotices.notice(caseNo).ifPresent(notice -> {
      // 行政处罚法 第四十四条: what the subject was told is what it could defend against; a measure the notice did not
      // propose needs a notice of its own
      if (!notice.proposedMeasures().containsAll(measures)) {
        throw new BadUserRequestException("惩戒措施须在拟作出失信惩戒告知书所列措施范围内（" + labels(notice.proposedMeasures())
            + "）；加重须重新告知 / the measures must be among those the prior notice proposed "
            + notice.proposedMeasures() + "; a heavier one needs a new notice");
      }
      // 行政处罚法 第四十五条: the statement is heard and answered, in the decision's reasons
      boolean stated = priorNotices.statement(caseNo).filter(s -> s.outcome() == PriorNotices.Outcome.STATED)
          .isPresent();
      if (stated && answer == null) {
        throw new BadUserRequestException("当事人已陈述申辩，须在决定理由中对其意见作出答复 / the subject stated its case:"
            + " answer it (statementAnswer)");
      }
      if (answer != null) {
        priorNotices.answer(caseNo, answer, user);
      }
    });
    Integer barMonths = measures.contains(PunishmentMeasure.NO_COMMITMENT_MODE)
        ? barMonths(task.getVariable("barMonths")) : null;
    Integer supervisionMonths = measures.contains(PunishmentMeasure.KEY_SUPERVISION)
        ? supervisionMonths(task.getVariable("supervisionMonths"), keySupervision.measure()) : null;
    cases.record(caseNo, Cases.Fact.PUNISHMENT_MEASURES, String.join(",", measures.stream().map(Enum::name).toList()));
    cases.record(caseNo, Cases.Fact.BAR_MONTHS, barMonths);
    cases.record(caseNo, Cases.Fact.SUPERVISION_MONTHS, supervisionMonths);
    cases.record(caseNo, Cases.Fact.PUNISHED_BY, user);
    cases.recordPunishmentDecided(caseNo);
    Object basis = task.getVariable("punishmentBasis");
    cases.record(caseNo, Cases.Fact.PUNISHMENT_BASIS, basis == null ? null : basis.toString().strip());
    finalLevel.decided(level, caseNo, user, labels(measures));
    // the punishment is decided: it is published within the period
    publication.start(task.getExecution());
  }

  /**
   * The measures the approver ticked: refused when empty or unknown, or when they revoke a licence the case never
   * granted; a licence granted on a false commitment is revoked without being ticked. The proposal and the decision
   * read them alike.
   */
  static List<PunishmentMeasure> chosen(DelegateTask task, Cases cases, String caseNo) {
    List<PunishmentMeasure> measures;
    try {
      measures = PunishmentMeasure.parse(task.getVariable("punishmentMeasures"));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("惩戒措施不在联合惩戒措施清单中 / unknown punishment measure: " + e.getMessage());
    }
    if (measures.isEmpty()) {
      throw new BadUserRequestException("须至少选择一项惩戒措施 / choose at least one punishment measure");
    }
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
    return measures;
  }

  static String labels(List<PunishmentMeasure> measures) {
    return String.join("；", measures.stream().map(PunishmentMeasure::label).toList());
  }

  /**
   * The months the approver gave, or the default when none was given. A value given is taken as it is or refused:
   * text or a fraction silently replaced by the default (or cut to a whole month) would bar the subject for a period
   * nobody chose.
   */
  static int barMonths(Object value) {
    Integer months = wholeMonths(value);
    if (months == null) {
      return DEFAULT_BAR_MONTHS;
    }
    if (months > 0) {
      return months;
    }
    throw new BadUserRequestException("不适用信用承诺的期限须为不少于1的整数个月 / barMonths must be a whole number of"
        + " months, at least 1, given as a number");
  }

  /**
   * The months the subject is listed under key supervision: as the approver gave them, within the configured most, or
   * the configured default when none was given; anything else is refused, as for {@link #barMonths}.
   */
  static int supervisionMonths(Object value, SupervisionProperties.Measure measure) {
    Integer months = wholeMonths(value);
    if (months == null) {
      return measure.defaultMonths();
    }
    if (months > 0 && months <= measure.maxMonths()) {
      return months;
    }
    throw new BadUserRequestException("列为重点监管对象的期限须为1至" + measure.maxMonths() + "的整数个月 / supervisionMonths"
        + " must be a whole number of months from 1 to " + measure.maxMonths() + ", given as a number");
  }

  /** A whole number of months, null when none was given, -1 for anything that is not a whole number. */
  private static Integer wholeMonths(Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof Number n) {
      try {
        BigDecimal months = new BigDecimal(n.toString());
        if (months.stripTrailingZeros().scale() <= 0) {
          return months.signum() > 0 ? months.intValueExact() : -1;
        }
      } catch (NumberFormatException | ArithmeticException notWholeMonths) {
        // refused by the caller
      }
    }
    return -1;
  }
}
