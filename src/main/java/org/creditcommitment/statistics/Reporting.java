package org.creditcommitment.statistics;

import java.util.Map;
import java.util.Set;

import org.creditcommitment.commitment.CaseTallies;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.PushRefusals;
import org.springframework.stereotype.Component;

/**
 * 上报率, 合规率 and 重错码率 of the cases of a range, for licensing and penalty data together and apart (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（一）、一（三）;
 * docs/statistics.md), from the case records, the credit module's refusals and the subject module's register of codes
 * failing their check character: product tables only, so the figures survive the engine's history cleanup.
 */
@Component
class Reporting {

  private final CaseTallies cases;
  private final PushRefusals refusals;
  private final CodeErrors codeErrors;

  Reporting(CaseTallies cases, PushRefusals refusals, CodeErrors codeErrors) {
    this.cases = cases;
    this.refusals = refusals;
    this.codeErrors = codeErrors;
  }

  /** Adds what each item's cases owed the credit platform and delivered, and their applicants' codes. */
  void count(StatisticsRange range, Map<ItemKey, Tally> tallies) {
    Set<String> refusedLicences = refusals.refusedReferences(CreditRecordType.COMMITMENT, range.start());
    Set<String> refusedPenalties = refusals.refusedReferences(CreditRecordType.DISHONESTY, range.start());
    CodeErrors.Known known = codeErrors.known();
    for (CaseTallies.Reporting c : cases.reporting(range.start(), range.end())) {
      Tally t = tallies.computeIfAbsent(new ItemKey(c.department(), c.itemCode()), k -> new Tally());
      String code = c.applicantCode();
      t.codes.add(code);
      if (known.failingCheck().contains(code)) {
        t.checkCharacterErrors.add(code);
        t.codeErrors.add(code);
      }
      if (known.duplicates().containsKey(code)) {
        t.duplicateCodes.add(code);
        t.codeErrors.add(code);
      }
      count(t, t.licensing, c.licenceDue(), c.licenceReported(), refusedLicences.contains(c.caseNo()));
      count(t, t.penalty, c.penaltyDue(), c.penaltyReported(), refusedPenalties.contains(c.caseNo()));
    }
  }

  private static void count(Tally t, Tally.Flow flow, boolean due, boolean reported, boolean refused) {
    if (!due) {
      return;
    }
    t.reportsDue++;
    flow.due++;
    if (reported) {
      t.reported++;
      flow.reported++;
    }
    // a push was made when the platform accepted it or refused it; it was compliant when never refused
    if (reported || refused) {
      t.pushesAttempted++;
      flow.attempted++;
    }
    if (refused) {
      t.pushesRefused++;
      flow.refused++;
    }
  }
}
