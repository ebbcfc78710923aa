package org.creditcommitment.publicboard;

import java.time.Clock;
import java.time.Period;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.PublishedCases;
import org.creditcommitment.commitment.PublishedCases.PublishedCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The signed commitments of applications, public from the push to the credit platform. */
@Component
class CommitmentRecords extends CaseRecords {

  CommitmentRecords(PublishedCases cases, Catalogue catalogue, Clock clock,
      @Value("${cc.public.publicity-after-end:P1Y}") Period publicityAfterEnd) {
    super(cases, catalogue, clock, publicityAfterEnd, PublicRecordKind.COMMITMENT, PublishedCases.Order.PUSHED);
  }

  @Override
  PublicRecord record(PublishedCase c, ServiceItem item) {
    return new PublicRecord("commitment:" + c.caseNo(), PublicRecordKind.COMMITMENT, category(item),
        c.applicantCode(), c.applicantName(), null, c.department(), c.itemCode(), title(c, item),
        c.commitmentType().label(), null, c.pushedAt(), null);
  }
}
