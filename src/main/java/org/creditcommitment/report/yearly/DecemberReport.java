package org.creditcommitment.report.yearly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.system.ClockConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The December sweep (普政数局〔2022〕25号 三（三）: 于每年12月底报): from {@code cc.yearly-report.automatic-day} of
 * December, the year's report for the year to date is issued once, so the credit office has it to file by 12月31日
 * without asking. Idempotent: a report the sweep issued is never issued again that year (a second node sweeping at the
 * same moment fails on the database's constraint and issues nothing); reports the office asked for are versions of
 * their own and do not count.
 */
@Component
class DecemberReport {

  private static final Logger log = LoggerFactory.getLogger(DecemberReport.class);

  private final YearlyReports reports;
  private final YearlyReportProperties properties;
  private final Clock clock;

  DecemberReport(YearlyReports reports, YearlyReportProperties properties, Clock clock) {
    this.reports = reports;
    this.properties = properties;
    this.clock = clock;
  }

  /** Issues the year's automatic report if it is due and not issued yet; returns its id when it did. */
  Optional<Long> sweep() {
    LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
    if (today.getMonth() != Month.DECEMBER || today.getDayOfMonth() < properties.automaticDay()
        || reports.automaticIssued(today.getYear())) {
      return Optional.empty();
    }
    try {
      long id = reports.issue(today.getYear(), true, AuditLog.SYSTEM_ACTOR);
      log.info("Yearly report {} issued for {} up to {}", id, today.getYear(), today);
      return Optional.of(id);
    } catch (DataIntegrityViolationException e) {
      log.info("The yearly report of {} was issued by another sweep at the same moment", today.getYear());
      return Optional.empty();
    }
  }
}
