package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 录入听证笔录 (中华人民共和国行政处罚法 第六十四条: 听证应当制作笔录): the date the hearing was held and the
 * summary of its record go on the case, for the decision that follows (第六十五条: 根据听证笔录作出决定). A hearing
 * cannot have been held before the notice that offered it, nor in the future.
 */
@Component("hearingRecordListener")
class HearingRecordListener implements TaskListener {

  private final PriorNotices priorNotices;
  private final IdentityService identity;
  private final Clock clock;

  HearingRecordListener(PriorNotices priorNotices, IdentityService identity, Clock clock) {
    this.priorNotices = priorNotices;
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = task.getExecution().getProcessBusinessKey();
    String summary = StepInputs.text(task, "hearingSummary");
    String dateText = StepInputs.text(task, "hearingDate");
    if (summary == null || dateText == null) {
      throw new BadUserRequestException("须填写听证日期和听证笔录摘要 / enter the hearing date and the summary of its record");
    }
    LocalDate date = date(task.getVariable("hearingDate"), dateText);
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    LocalDate noticeDay = priorNotices.notice(caseNo).map(n -> n.issuedAt().atZoneSameInstant(WorkingDayCalendar.ZONE)
        .toLocalDate()).orElse(today);
    if (date.isAfter(today) || date.isBefore(noticeDay)) {
      throw new BadUserRequestException("听证日期须在告知之日（" + noticeDay + "）至今天之间 / the hearing date must lie"
          + " between the prior notice (" + noticeDay + ") and today");
    }
    priorNotices.recordHearing(caseNo, date, summary, StepInputs.completedBy(identity, task));
  }

  /** Tasklist sends the date as 2026-12-10; the engine API may pass a Date. */
  private static LocalDate date(Object value, String text) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("听证日期格式不正确 / hearingDate is not a date (yyyy-MM-dd)");
    }
  }
}
