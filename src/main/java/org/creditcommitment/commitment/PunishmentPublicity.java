package org.creditcommitment.commitment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * How long a dishonesty record from a broken commitment stays public: the configured publicity period
 * ({@code cc.punishment.publicity-period}, P1Y) or, when the approver barred commitment mode for some months
 * (一定期限内不适用信用承诺), those months, whichever ends later: while barred, the record that bars must be public.
 */
final class PunishmentPublicity {

  private PunishmentPublicity() {}

  static LocalDate end(LocalDate start, Period publicityPeriod, List<PunishmentMeasure> measures, Number barMonths) {
    LocalDate end = start.plus(publicityPeriod);
    if (measures.contains(PunishmentMeasure.NO_COMMITMENT_MODE) && barMonths != null) {
      LocalDate barEnd = start.plusMonths(barMonths.longValue());
      return barEnd.isAfter(end) ? barEnd : end;
    }
    return end;
  }
}
