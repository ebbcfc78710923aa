package org.creditcommitment.commitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The period of each deadline of a case, for the deadline listeners of the lifecycle model
 * ({@code ${casePeriods.of(execution, 'decision')}}) and the forms and letters that state it: the item's period
 * from the catalogue, unless the case's own record says otherwise (the green channel's or 即时办理's shorter decision
 * period, the inspection period of the tier the case was drawn in where it is shorter, the rectification period the
 * inspector set).
 */
@Component("casePeriods")
public class CasePeriods {

  private final Cases cases;
  private final Catalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  /** 一次性告知补正: five working days from receipt (中华人民共和国行政许可法 第三十二条); the law's, not an item's. */
  static final String CORRECTION_REQUEST_PERIOD = "5WD";

  private final String correctionPeriod;

  CasePeriods(Cases cases, Catalogue catalogue, WorkingDayCalendar calendar, Clock clock,
      @Value("${cc.correction.period:10WD}") String correctionPeriod) {
    this.correctionPeriod = correctionPeriod;
    this.cases = cases;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The period (e.g. 5WD, P3M) of the deadline of this kind in the case the execution belongs to. */
  public String of(DelegateExecution execution, String kind) {
    return of(execution.getProcessBusinessKey(), kind);
  }

  String of(String caseNo, String kind) {
    return of(cases.require(caseNo), cases.facts(caseNo), kind);
  }

  /** For a caller that has read the case already (a form showing several periods). */
  String of(CaseRecord c, CaseFacts facts, String kind) {
    ServiceItem.Periods item = catalogue.find(c.itemCode()).orElseThrow().periods();
    return switch (kind) {
      case CaseDeadlineKinds.SIGNING -> item.signing();
      case CaseDeadlineKinds.DECISION -> orElse(facts.decisionPeriod(), item.decision());
      case CaseDeadlineKinds.MATERIALS -> item.materials() == null ? item.rectification() : item.materials();
      case CaseDeadlineKinds.INSPECTION -> inspectionWithin(facts.inspectionPeriod(), item.inspection());
      case CaseDeadlineKinds.RECTIFICATION -> orElse(facts.rectificationPeriod(), item.rectification());
      case CaseDeadlineKinds.CORRECTION_REQUEST -> CORRECTION_REQUEST_PERIOD;
      case CaseDeadlineKinds.CORRECTION -> correctionPeriod;
      default -> throw new IllegalArgumentException("No deadline of kind " + kind + " in a commitment case");
    };
  }

  /**
   * When the decision period starts: the case's acceptance (自受理之日起, 中华人民共和国行政许可法 第四十二条), from receipt
   * when it counts as accepted by law. A case returned to the acceptance review keeps it, so its decision deadline is
   * the same when it comes back to the approver: a return never buys time. Now for a case without an acceptance on
   * its record.
   */
  public java.util.Date decisionStart(DelegateExecution execution) {
    java.time.OffsetDateTime accepted = cases.acceptance(execution.getProcessBusinessKey()).acceptedAt();
    return java.util.Date.from(accepted == null ? clock.instant() : accepted.toInstant());
  }

  /**
   * The period within which a drawn case is inspected: the applicant signed a letter stating the item's period, and the
   * inspection falls within it (在法律法规或规范性文件规定的期限内, 义政数〔2020〕17号 四（六）). A grade's tier changes
   * how often cases are drawn (汕府办函〔2021〕17号 （七）); its period may shorten the item's, never extend it.
   *
   * @param tierPeriod the period of the tier the case was drawn in; null for none
   */
  String inspectionWithin(String tierPeriod, String itemPeriod) {
    return tierPeriod == null ? itemPeriod : calendar.shorter(clock.instant(), itemPeriod, tierPeriod);
  }

  /**
   * The rectification period the inspecting official set on finding that the licensee did not keep the commitment
   * (责令限期整改, 义政数〔2020〕17号 四（七）), as the deadline spec the case records (e.g. 10WD); null when left empty,
   * so that the item's own period applies. The catalogue bounds it: the item's rectification period is the longest
   * an official may give.
   *
   * @param workingDays the form's value: a whole number of working days, at least 1; null or blank for none
   * @throws BadUserRequestException for a value that is not such a number, or one longer than the item's period
   */
  String rectificationSetByInspector(String caseNo, Object workingDays) {
    if (workingDays == null || workingDays.toString().isBlank()) {
      return null;
    }
    BigDecimal days;
    try {
      days = new BigDecimal(workingDays.toString().strip());
    } catch (NumberFormatException notANumber) {
      days = null;
    }
    if (days == null || days.signum() <= 0 || days.stripTrailingZeros().scale() > 0) {
      throw new BadUserRequestException("整改期限须为不少于1的整数个工作日 / rectificationWorkingDays must be a whole"
          + " number of working days, at least 1");
    }
    String itemPeriod = catalogue.find(cases.require(caseNo).itemCode()).orElseThrow().periods().rectification();
    if (longerThan(days, itemPeriod)) {
      throw new BadUserRequestException("整改期限不得超过该事项规定的整改期限（" + LetterTemplate.periodText(itemPeriod)
          + "） / rectificationWorkingDays may not exceed the item's rectification period (" + itemPeriod + ")");
    }
    return days.intValueExact() + "WD";
  }

  /** Whether that many working days are longer than the item's period (working days, or a calendar period). */
  private boolean longerThan(BigDecimal days, String itemPeriod) {
    if (DueSpec.parse(itemPeriod) instanceof DueSpec.WorkingDays item) {
      return days.compareTo(BigDecimal.valueOf(item.days())) > 0;
    }
    if (days.compareTo(BigDecimal.valueOf(DueSpec.MAX_WORKING_DAYS)) > 0) {
      return true;
    }
    // an operator's catalogue may state a calendar period (P1M): the chosen period may not end after it would
    Instant now = clock.instant();
    return calendar.dueAfterWorkingDays(now, days.intValueExact()).instant()
        .isAfter(calendar.due(now, itemPeriod).instant());
  }

  private static String orElse(String own, String item) {
    return own != null ? own : item;
  }
}
