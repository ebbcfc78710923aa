package org.creditcommitment.publicboard;

import java.time.Clock;
import java.time.Period;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.PublishedCases;
import org.creditcommitment.commitment.PublishedCases.PublishedCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The licensing decisions (准予许可) of the application commitments: licence number and decision date, public once
 * the case's record reached the credit platform, like its commitment.
 */
@Component
class LicenceRecords extends CaseRecords {

  LicenceRecords(PublishedCases cases, Catalogue catalogue, Clock clock,
      @Value("${cc.public.publicity-after-end:P1Y}") Period publicityAfterEnd) {
    super(cases, catalogue, clock, publicityAfterEnd, PublicRecordKind.LICENCE, PublishedCases.Order.DECIDED);
  }

  @Override
  PublicRecord record(PublishedCase c, ServiceItem item) {
    return new PublicRecord("licence:" + c.caseNo(), PublicRecordKind.LICENCE, category(item), c.applicantCode(),
        c.applicantName(), null, c.department(), c.itemCode(), title(c, item), c.commitmentType().label(),
        c.licenceNo(), c.decidedAt(), null);
  }
}
