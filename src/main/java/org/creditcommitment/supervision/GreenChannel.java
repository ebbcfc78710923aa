package org.creditcommitment.supervision;

import java.time.Clock;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;

/**
 * 政务服务“绿色通道”: the decision of an applicant granted it is due sooner. The red list earns it (守信红名单,
 * 普政数局〔2022〕25号 二（二）), and so does grade AAA (平龙政服领办〔2022〕11号 三第3项); the grade-benefits decision
 * says who is granted it. One period for both, {@code cc.supervision.green-channel.decision-period}.
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

  /** The decision period for this applicant: the green channel's when granted and shorter than the item's. */
  public String decisionPeriod(String itemPeriod, boolean granted) {
    String green = properties.greenChannel().decisionPeriod();
    if (!granted || green == null || green.isBlank()) {
      return itemPeriod;
    }
    return calendar.shorter(clock.instant(), itemPeriod, green);
  }
}
