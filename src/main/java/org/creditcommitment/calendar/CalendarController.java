package org.creditcommitment.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.RequestDates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deadlines for operators and integrators, and the reload of the operator's calendar folder. */
@RestController
class CalendarController {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  CalendarController(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Exactly one of workingDays and period; {@code from} is local time in Asia/Shanghai (default: now). */
  @GetMapping("/api/calendar/due")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER, Groups.CREDIT_OFFICE,
      Groups.AUDITOR, Groups.ADMIN})
  DueView due(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays,
      @RequestParam(required = false) String period) {
    if ((workingDays == null) == (period == null)) {
      throw ApiException.badRequest("invalid-parameter", "请提供 workingDays 或 period 其中之一",
          "Give exactly one of workingDays and period");
    }
    String spec = workingDays != null ? workingDaysSpec(workingDays) : period;
    Instant start = from == null ? clock.instant() : parseFrom(from);
    try {
      return DueView.of(calendar.due(start, spec));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid-parameter",
          "期限格式错误或超出可计算的范围：" + spec + "（应为如 2WD、P15D、P3M、PT4H）", e.getMessage());
    }
  }

  @PostMapping("/api/calendar/reload")
  @AllowedGroups(Groups.ADMIN)
  Map<String, Object> reload() {
    try {
      return Map.of("years", calendar.reload());
    } catch (InvalidCalendarException e) {
      throw ApiException.badRequest("invalid-calendar-file",
          "日历文件有误，未重新加载：" + String.join("；", e.problems()), e.getMessage() + "; nothing was reloaded");
    }
  }

  private static String workingDaysSpec(String workingDays) {
    try {
      int days = Integer.parseInt(workingDays.trim());
      if (days >= 1 && days <= DueSpec.MAX_WORKING_DAYS) {
        return days + "WD";
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest("invalid-parameter",
        "workingDays 应为 1 至 " + DueSpec.MAX_WORKING_DAYS + " 之间的整数",
        "workingDays must be a whole number from 1 to " + DueSpec.MAX_WORKING_DAYS);
  }

  /**
   * Local date-time (2026-09-30T10:00), with offset (…+08:00), or a date (start of that day); its day within the
   * dates any /api parameter may name ({@link RequestDates}).
   */
  private static Instant parseFrom(String from) {
    // an unencoded '+' of an offset arrives as a space
    String text = from.trim().replace(' ', '+');
    if (text.length() == 10) {
      return RequestDates.parse("from", text).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }
    try {
      if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
        OffsetDateTime at = OffsetDateTime.parse(text);
        RequestDates.check("from", at.toLocalDate());
        return at.toInstant();
      }
      LocalDateTime at = LocalDateTime.parse(text);
      RequestDates.check("from", at.toLocalDate());
      return at.atZone(WorkingDayCalendar.ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("invalid-parameter", "from 时间格式错误，应为如 2026-09-30T10:00",
          "from must be a date-time such as 2026-09-30T10:00 (Asia/Shanghai) or 2026-09-30T10:00:00+08:00");
    }
  }

  /** Strings, so the JSON is exactly the documented one whatever the Jackson settings. */
  record DueView(String dueDate, String dueAt, boolean provisional) {

    static DueView of(Due due) {
      return new DueView(due.dueDate().toString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due.dueAt()),
          due.provisional());
    }
  }
}
