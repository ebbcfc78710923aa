package org.creditcommitment.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.commitment.EndState;

/**
 * One row of the report: an item, a department's subtotal or the total. Case figures count the cases
 * created in the range, whatever became of them since. No applicant codes or names: the report is public.
 *
 * @param commitmentTypes eligible cases by commitment type (NOTIFY_COMMIT, TOLERATE_MISSING)
 * @param eligibilityRefusals cases found not eligible for commitment mode
 * @param endStates cases per end state; {@code running} are those without one yet
 * @param fulfilmentRate 践诺率: (FULFILLED + FULFILLED_AFTER_RECTIFICATION) / (those + PUNISHED); null without any
 * @param rectifications cases that were given a rectification notice (限期整改)
 * @param punishments cases whose breach was recorded as dishonesty (失信惩戒)
 * @param breaches cases whose published commitment the department found broken, the subject put under key
 *     supervision (违背承诺纳入重点监管)
 * @param creditServices repairs and objections; only on the total row (they belong to subjects, not items)
 * @param inspectedFulfilled 已核查践诺: cases that ended kept after a follow-up inspection on record
 * @param notDrawn 未抽中（视为践诺）: cases that ended kept without ever being inspected
 * @param unfulfilled 未践诺: cases that ended punished for a broken commitment
 * @param inspectedFulfilmentRate the headline 践诺率: inspectedFulfilled / (inspectedFulfilled + unfulfilled); null
 *     without any
 * @param reportingRate 上报率: licensing and penalty decisions the platform accepted / decisions due; null without any
 * @param complianceRate 合规率: pushes the platform never refused / pushes made (accepted or refused); null without any
 * @param codeErrorRate 重错码率 per 10,000: wrong codes (failing the check character, duplicates, and on the total codes
 *     corrected by a data provider) / codes (the applicants' and, on the total, the corrected ones), × 10,000; null
 *     without any
 * @param indicators the counts the three rates are made of
 * @param licensing 上报率, 合规率 and 及时率 of licensing data (行政许可信息: the records of licences granted)
 * @param penalty 上报率, 合规率 and 及时率 of penalty data (行政处罚信息: the dishonesty records of punishments decided)
 */
record Figures(Level level, String department, String departmentName, String itemCode, String itemName,
    long applications, Map<String, Long> commitmentTypes, long eligibilityRefusals, Map<String, Long> endStates,
    long running, BigDecimal fulfilmentRate, long rectifications, long punishments, long breaches, Push push,
    CreditServices creditServices, long inspectedFulfilled, long notDrawn, long unfulfilled,
    BigDecimal inspectedFulfilmentRate, BigDecimal reportingRate, BigDecimal complianceRate, BigDecimal codeErrorRate,
    Indicators indicators, DataQuality licensing, DataQuality penalty) {

  public enum Level { ITEM, DEPARTMENT, CATEGORY, TOTAL }

  /**
   * @param reportsDue licensing decisions (licence issued) and penalty decisions (punishment decided) of the cases
   * @param reported of those, the ones whose record the credit platform accepted
   * @param pushesAttempted of those due, the ones pushed: accepted, or refused at least once
   * @param pushesRefused of those pushed, the ones the platform refused at least once as not meeting its rules
   * @param codes distinct applicants' codes of the cases
   * @param codeErrors of those, the wrong ones of any kind (each code once)
   * @param checkCharacterErrors codes failing their check character (registered as checksum exceptions)
   * @param duplicateCodes codes applied under two names, or one legal subject's name under two codes (重码)
   * @param correctedCodes codes a data provider's correction in the period moved a record away from; on the total only
   */
  public record Indicators(long reportsDue, long reported, long pushesAttempted, long pushesRefused, long codes,
      long codeErrors, long checkCharacterErrors, long duplicateCodes, long correctedCodes) {}

  /**
   * One kind of data pushed to the credit platform (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（一）: 行政许可、行政处罚信息的
   * 上报率、合规率、及时率).
   *
   * @param due decisions whose record is owed to the platform
   * @param reported of those, accepted by the platform
   * @param pushed of those due, pushed: accepted, or refused at least once
   * @param refused of those pushed, refused at least once
   * @param decided decisions dated (a penalty decided before its date was recorded is not among them)
   * @param inTime of those, accepted within the working days allowed after the decision
   * @param reportingRate reported / due; null without any
   * @param complianceRate (pushed - refused) / pushed; null without any
   * @param timeliness inTime / decided; null without any
   */
  public record DataQuality(long due, long reported, long pushed, long refused, long decided, long inTime, long late,
      long notYetPushed, BigDecimal reportingRate, BigDecimal complianceRate, BigDecimal timeliness) {

    static DataQuality of(Tally.Flow f) {
      return new DataQuality(f.due, f.reported, f.attempted, f.refused, f.decided, f.inTime, f.late, f.notYetPushed,
          ratio(f.reported, f.due), ratio(f.attempted - f.refused, f.attempted), ratio(f.inTime, f.decided));
    }
  }

  /**
   * 归集推送及时率: of the approved cases (licence issued), how many had their commitment record received by
   * the credit platform within the working days allowed after the decision.
   *
   * @param timeliness inTime / approved; null without approved cases
   */
  public record Push(long approved, long inTime, long late, long notYetPushed, BigDecimal timeliness) {}

  /**
   * @param repairs credit-repair applications started in the range
   * @param objections credit-objection cases started in the range
   * @param objectionsAnsweredInTime of those, answered before their 2-working-day deadline fired
   */
  public record CreditServices(long repairs, long objections, long objectionsAnsweredInTime) {}

  static Figures of(Level level, String department, String departmentName, String itemCode, String itemName,
      Tally t, CreditServices creditServices) {
    Map<String, Long> types = new LinkedHashMap<>();
    t.types.forEach((type, n) -> types.put(type.name(), n));
    Map<String, Long> ends = new LinkedHashMap<>();
    t.endStates.forEach((state, n) -> ends.put(state.name(), n));
    long kept = t.endStates.get(EndState.FULFILLED) + t.endStates.get(EndState.FULFILLED_AFTER_RECTIFICATION);
    return new Figures(level, department, departmentName, itemCode, itemName, t.applications, types,
        t.eligibilityRefusals, ends, t.running, ratio(kept, kept + t.endStates.get(EndState.PUNISHED)),
        t.rectifications, t.punishments, t.breaches,
        new Push(t.approved, t.pushedInTime, t.pushedLate, t.notYetPushed, ratio(t.pushedInTime, t.approved)),
        creditServices, t.inspectedFulfilled, t.notDrawn, t.endStates.get(EndState.PUNISHED),
        ratio(t.inspectedFulfilled, t.inspectedFulfilled + t.endStates.get(EndState.PUNISHED)),
        ratio(t.reported, t.reportsDue), ratio(t.pushesAttempted - t.pushesRefused, t.pushesAttempted),
        perTenThousand(t.codeErrors.size(), t.codes.size()),
        new Indicators(t.reportsDue, t.reported, t.pushesAttempted, t.pushesRefused, t.codes.size(),
            t.codeErrors.size(), t.checkCharacterErrors.size(), t.duplicateCodes.size(), t.correctedCodes.size()),
        DataQuality.of(t.licensing), DataQuality.of(t.penalty));
  }

  /** Per 10,000 with two decimals (0.5 = 0.5 in 10,000); null when nothing was counted. */
  static BigDecimal perTenThousand(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(10_000))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /** Four decimals (0.6667); null when nothing was counted, which is not the same as 0 %. */
  static BigDecimal ratio(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
