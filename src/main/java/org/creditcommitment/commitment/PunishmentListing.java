package org.creditcommitment.commitment;

import java.time.LocalDate;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.supervision.KeySupervisionList;
import org.springframework.stereotype.Component;

/**
 * 列为重点监管对象 (汕府办函〔2021〕17号 二（一）: 将违背信用承诺的市场主体列入重点监管范围): a punishment with KEY_SUPERVISION lists
 * the subject for the months the approver chose, tied to the dishonesty record so that its repair ends the listing.
 */
@Component
class PunishmentListing {

  private final KeySupervisionList keySupervision;
  private final EarlierModelCases earlierModel;

  PunishmentListing(KeySupervisionList keySupervision, EarlierModelCases earlierModel) {
    this.keySupervision = keySupervision;
    this.earlierModel = earlierModel;
  }

  /** Lists the case's subject; returns the listing's last day. */
  LocalDate listUntil(CaseRecord c, CaseFacts facts, String recordId, String departmentName) {
    KeySupervisionList.Breach breach = new KeySupervisionList.Breach(c.applicantCode(), c.applicantName(),
        c.caseNo(), c.department(), departmentName, cut("失信惩戒：" + facts.breachReason(), 2000),
        cut("失信惩戒决定（失信记录 " + recordId + "）；惩戒依据：" + facts.punishmentBasis(), 4000));
    return keySupervision.list(new KeySupervisionList.Punishment(breach, recordId, earlierModel.supervisionMonths(facts)),
        facts.punishedBy() != null ? facts.punishedBy() : AuditLog.SYSTEM_ACTOR).listedUntil();
  }

  /** The listing keeps the reason within its column; the whole reason stays on the case and the record. */
  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
