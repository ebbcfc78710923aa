package org.creditcommitment.catalogue;

import static org.creditcommitment.system.FreeText.Kind.NAME;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.system.CleanText;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the service-item catalogue (事项清单, 义政数〔2020〕17号 "建清单"). Periods are deadline
 * specs of the working-day calendar: "10WD" (working days) or ISO-8601 ("P3M", "P15D"). The texts carry
 * {@link CleanText}, so an edit through the API is checked like every other request body.
 *
 * @param minimumGrades the item's own minimum grade per type; a type absent here uses the default
 *     threshold of the eligibility DMN (AA for NOTIFY_COMMIT, AAA for TOLERATE_MISSING)
 * @param letterTemplate the commitment-letter template; blank means the general template
 * @param siteSurvey the item has an on-site survey (现场勘验) before the decision, which 现场免勘验 waives
 * @param immediate 即时办理: a 告知承诺 case is decided the same working day it is accepted (义政数〔2020〕17号 二（一）第1项)
 */
public record ServiceItem(
    String code,
    @CleanText(NAME) String name,
    String department,
    boolean openToCommitment,
    @CleanText(TEXT) String exclusionReason,
    Set<CommitmentType> commitmentTypes,
    CommitmentCategory category,
    Map<CommitmentType, String> minimumGrades,
    Periods periods,
    @CleanText(TEXT) String conditions,
    @CleanText(TEXT) String standards,
    @CleanText(TEXT) String letterTemplate,
    List<@CleanText(NAME) String> materials,
    // left out of the stored JSON while false: items stored before these flags keep their content and file hash
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean siteSurvey,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean immediate) {

  /** The item's time limits, each a deadline spec. */
  public record Periods(String signing, String decision, String materials, String inspection, String rectification) {}

  public boolean offers(CommitmentType type) {
    return openToCommitment && commitmentTypes.contains(type);
  }
}
