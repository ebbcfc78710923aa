package org.creditcommitment.supervision;

import java.time.Clock;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;

/**
 * 守信红名单 → 绿色通道 (普政数局〔2022〕25号 二（二）, 平龙政服领办〔2022〕11号 三 第3项): a red-listed applicant's decision
 * is due sooner.
 */
@Service
public class GreenChannel {

  private final SupervisionProperties properties;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  GreenChannel(SupervisionProperties properties, WorkingDayCalendar calendar, Clock clock) {
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The decision period for this applicant: the green channel's when red-listed and shorter than the item's. */
  public String decisionPeriod(String itemPeriod, boolean redListed) {
    String green = properties.greenChannel().decisionPeriod();
    if (!redListed || green == null || green.isBlank()) {
      return itemPeriod;
    }
    var now = clock.instant();
    return calendar.due(now, green).dueAt().isBefore(calendar.due(now, itemPeriod).dueAt()) ? green : itemPeriod;
  }
}
