package org.creditcommitment.voluntary;

import java.time.Clock;
import java.util.List;

import org.creditcommitment.publicboard.ListedRecordSource;
import org.creditcommitment.publicboard.PublicQuery;
import org.creditcommitment.publicboard.PublicRecord;
import org.creditcommitment.publicboard.PublicRecordKind;
import org.springframework.stereotype.Component;

/**
 * The standing voluntary and self-regulatory commitments on the public board (汕府办函〔2021〕17号 二（一）: 鼓励市场主体
 * 在线承诺并公示): published and not withdrawn, revoked or expired, public through the last day of their validity. The
 * subject's code and name go to the board as stored: the board searches them by its own rule and masks a natural
 * person's.
 */
@Component
class VoluntaryPublicRecords extends ListedRecordSource {

  private final VoluntaryRows rows;

  VoluntaryPublicRecords(VoluntaryRows rows, Clock clock) {
    super(clock);
    this.rows = rows;
  }

  @Override
  protected List<PublicRecord> publicRecords(PublicQuery query) {
    if (!query.wants(PublicRecordKind.COMMITMENT)) {
      return List.of();
    }
    return rows.published(null, null, query.department(), query.category(), true).stream()
        .map(VoluntaryPublicRecords::record).toList();
  }

  private static PublicRecord record(VoluntaryRecord c) {
    return new PublicRecord("voluntary:" + c.voluntaryNo(), PublicRecordKind.COMMITMENT, c.category(),
        c.subjectCode(), c.subjectName(), null, c.department(), null, c.templateName(), null, null,
        c.publishedAt().toInstant(), c.validUntil());
  }
}
