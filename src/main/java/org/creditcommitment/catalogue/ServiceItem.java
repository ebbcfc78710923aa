package org.creditcommitment.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the service-item catalogue (事项清单, seed 001 "建清单"). Periods are deadline specs
 * of the working-day calendar: "10WD" (working days) or ISO-8601 ("P3M", "P15D").
 *
 * @param minimumGrades the item's own minimum grade per type; a type absent here uses the default
 *     threshold of the eligibility DMN (AA for NOTIFY_COMMIT, AAA for TOLERATE_MISSING)
 * @param letterTemplate the commitment-letter template; blank means the general template
 */
public record ServiceItem(
    String code,
    String name,
    String department,
    boolean openToCommitment,
    String exclusionReason,
    Set<CommitmentType> commitmentTypes,
    CommitmentCategory category,
    Map<CommitmentType, String> minimumGrades,
    Periods periods,
    String conditions,
    String standards,
    String letterTemplate,
    List<String> materials) {

  /** The item's time limits, each a deadline spec. */
  public record Periods(String signing, String decision, String materials, String inspection, String rectification) {}

  public boolean offers(CommitmentType type) {
    return openToCommitment && commitmentTypes.contains(type);
  }
}
