package org.creditcommitment.commitment;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 违背承诺 (汕府办函〔2021〕17号 (一): 对违背承诺的市场主体纳入重点监管范围): an official of the department that decided
 * a published commitment records that the applicant broke it, with the evidence. The applicant enters the
 * key-supervision list, the breach is pushed, and the applicant is told, in one transaction: a platform that
 * refuses leaves nothing.
 */
@Service
class CaseBreaches {

  private final Cases cases;
  private final Catalogue catalogue;
  private final KeySupervisionList keySupervision;
  private final Notifications notifications;

  CaseBreaches(Cases cases, Catalogue catalogue, KeySupervisionList keySupervision, Notifications notifications) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.keySupervision = keySupervision;
    this.notifications = notifications;
  }

  @Transactional
  KeySupervisionList.Listing record(String caseNo, CaseRequests.Breach breach, String actor) {
    CaseRecord c = cases.require(caseNo);
    if (c.licenceNo() == null || !cases.pushed(caseNo)) {
      throw ApiException.conflict("commitment-not-published", "该办件的信用承诺尚未公示（未准予许可或尚未归集推送），不能认定违背承诺",
          "The case's commitment is not published (not approved or not yet pushed): no breach can be recorded");
    }
    KeySupervisionList.Listing listing = keySupervision.list(new KeySupervisionList.Breach(c.applicantCode(),
        c.applicantName(), caseNo, c.department(), catalogue.departmentName(c.department()), breach.reason().strip(),
        breach.evidence().strip()), actor);
    cases.recordBreached(caseNo);
    notifications.queue(Notification.of(NotificationType.KEY_SUPERVISION, caseNo).to(c.applicantEmail())
        .with("applicantName", c.applicantName())
        .with("itemName", catalogue.find(c.itemCode()).orElseThrow().name())
        .with("reason", listing.reason()).with("listedUntil", listing.listedUntil())
        .dedupKey(caseNo + ":key-supervision").build());
    return listing;
  }
}
