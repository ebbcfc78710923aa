package org.creditcommitment.repair;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.publicboard.ListedRecordSource;
import org.creditcommitment.publicboard.PublicQuery;
import org.creditcommitment.publicboard.PublicRecord;
import org.creditcommitment.publicboard.PublicRecordKind;
import org.creditcommitment.system.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * The 信用修复型 commitments on the public board (普政数局〔2022〕25号 二（一）、二（七）: 公开…五类信用承诺信息) while they are in
 * force, once the credit platform has them (as every record on the board): while the repair is open, and after the
 * repair was granted through the last day of
 * {@code cc.repair.commitment-validity} from the day it was granted. A repair refused, or ended for want of
 * materials, takes its commitment off the board. The subject goes to the board as stored: the board masks a natural
 * person's name and code.
 */
@Component
class RepairCommitmentPublicRecords extends ListedRecordSource {

  private final RepairCommitments commitments;
  private final RepairProperties properties;
  private final Clock clock;

  RepairCommitmentPublicRecords(RepairCommitments commitments, RepairProperties properties, Clock clock) {
    super(clock);
    this.commitments = commitments;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  protected List<PublicRecord> publicRecords(PublicQuery query) {
    if (!query.wants(PublicRecordKind.COMMITMENT) || query.department() != null
        || (query.category() != null && query.category() != CommitmentCategory.CREDIT_REPAIR)) {
      return List.of();
    }
    // a day more than the validity: the board itself ends each record after its last day
    OffsetDateTime grantedSince = OffsetDateTime.now(clock).minus(properties.commitmentValidity()).minusDays(1);
    return commitments.pushedOpenOrGrantedSince(grantedSince).stream().map(this::record).toList();
  }

  private PublicRecord record(RepairCommitments.Listed c) {
    return new PublicRecord("repair:" + c.repairNo(), PublicRecordKind.COMMITMENT, CommitmentCategory.CREDIT_REPAIR,
        c.subjectCode(), c.subjectName(), null, null, null, "信用修复承诺（失信记录 #" + c.recordId() + "）", null, null,
        c.commitment().signedAt().toInstant(), publicUntil(c));
  }

  /** Open: no end yet; granted: the last day of the validity counted from the day it was granted. */
  LocalDate publicUntil(RepairCommitments.Listed c) {
    if (c.endedAt() == null) {
      return null;
    }
    return c.endedAt().atZoneSameInstant(ClockConfig.ZONE).toLocalDate().plus(properties.commitmentValidity())
        .minusDays(1);
  }
}
