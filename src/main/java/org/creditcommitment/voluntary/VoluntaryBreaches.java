package org.creditcommitment.voluntary;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 违背承诺 of a voluntary commitment (汕府办函〔2021〕17号 二（一）: 对违背承诺的市场主体纳入重点监管范围): an official of the
 * owning department or the credit office records the breach with its evidence; in one transaction the subject enters
 * the key-supervision list (the breach pushed), the commitment is revoked (it no longer stands on the board) and the
 * subject is told.
 */
@Service
class VoluntaryBreaches {

  private final VoluntaryCommitments commitments;
  private final KeySupervisionList keySupervision;
  private final Catalogue catalogue;
  private final Notifications notifications;

  VoluntaryBreaches(VoluntaryCommitments commitments, KeySupervisionList keySupervision, Catalogue catalogue,
      Notifications notifications) {
    this.commitments = commitments;
    this.keySupervision = keySupervision;
    this.catalogue = catalogue;
    this.notifications = notifications;
  }

  @Transactional
  KeySupervisionList.Listing record(String voluntaryNo, VoluntaryRequests.Breach breach, String actor) {
    VoluntaryRecord r = commitments.require(voluntaryNo);
    if (r.status() != VoluntaryStatus.PUBLISHED) {
      throw ApiException.conflict("not-published", "该主动承诺未在公示中，不能认定违背承诺",
          "The voluntary commitment does not stand: no breach can be recorded");
    }
    KeySupervisionList.Listing listing = keySupervision.list(new KeySupervisionList.Breach(r.subjectCode(),
        r.subjectName(), voluntaryNo, r.department(), catalogue.departmentName(r.department()),
        breach.reason().strip(), breach.evidence().strip()), actor);
    commitments.revoke(voluntaryNo, "违背承诺：" + breach.reason().strip());
    notifications.queue(Notification.of(NotificationType.KEY_SUPERVISION, voluntaryNo).to(r.email())
        .with("applicantName", r.subjectName()).with("itemName", r.templateName())
        .with("reason", listing.reason()).with("listedUntil", listing.listedUntil())
        .dedupKey(voluntaryNo + ":key-supervision").build());
    return listing;
  }
}
