package org.creditcommitment.catalogue;

import static org.creditcommitment.system.FreeText.Kind.NAME;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * @param approvalLevels how many levels a decision passes (逐级审批: 1 承办 decides alone, as before levels existed; 2
 *     承办 → 批准; 3 承办 → 审核 → 批准); 0, an item stored before levels existed, is one
 * @param immediate 即时办理: a 告知承诺 case is decided the same working day it is accepted (义政数〔2020〕17号 二（一）第1项)
 * @param tolerableMaterials the materials an applicant may still owe under 容缺受理: a material is substantive
 *     (法律、法规及规章要求的实质性要件材料, 普政数局〔2022〕25号 二（二）) unless the catalogue marks it tolerable, so an
 *     item stored before the mark existed tolerates nothing, and the application form never is
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
    List<@CleanText(NAME) String> tolerableMaterials,
    // left out of the stored JSON while false: items stored before these flags keep their content and file hash
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean siteSurvey,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean immediate,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int approvalLevels,
    // left out while absent, like the flags: an item stored before it keeps its file hash and reads the default
    @JsonInclude(JsonInclude.Include.NON_NULL) Licence licence) {

  /** The most levels a decision passes: 承办, 审核, 批准. */
  public static final int MOST_LEVELS = 3;

  public ServiceItem {
    tolerableMaterials = tolerableMaterials == null ? List.of() : tolerableMaterials;
  }

  /** An item whose every material is substantive, with no site survey, not decided on the spot. */
  public ServiceItem(String code, String name, String department, boolean openToCommitment, String exclusionReason,
      Set<CommitmentType> commitmentTypes, CommitmentCategory category, Map<CommitmentType, String> minimumGrades,
      Periods periods, String conditions, String standards, String letterTemplate, List<String> materials) {
    this(code, name, department, openToCommitment, exclusionReason, commitmentTypes, category, minimumGrades, periods,
        conditions, standards, letterTemplate, materials, List.of(), false, false, 0, null);
  }

  /** An item decided by its approvers alone (one level), as every item was before levels existed. */
  public ServiceItem(String code, String name, String department, boolean openToCommitment, String exclusionReason,
      Set<CommitmentType> commitmentTypes, CommitmentCategory category, Map<CommitmentType, String> minimumGrades,
      Periods periods, String conditions, String standards, String letterTemplate, List<String> materials,
      List<String> tolerableMaterials, boolean siteSurvey, boolean immediate) {
    this(code, name, department, openToCommitment, exclusionReason, commitmentTypes, category, minimumGrades, periods,
        conditions, standards, letterTemplate, materials, tolerableMaterials, siteSurvey, immediate, 0, null);
  }

  /** An item with approval levels and no licence terms of its own. */
  public ServiceItem(String code, String name, String department, boolean openToCommitment, String exclusionReason,
      Set<CommitmentType> commitmentTypes, CommitmentCategory category, Map<CommitmentType, String> minimumGrades,
      Periods periods, String conditions, String standards, String letterTemplate, List<String> materials,
      List<String> tolerableMaterials, boolean siteSurvey, boolean immediate, int approvalLevels) {
    this(code, name, department, openToCommitment, exclusionReason, commitmentTypes, category, minimumGrades, periods,
        conditions, standards, letterTemplate, materials, tolerableMaterials, siteSurvey, immediate, approvalLevels,
        null);
  }

  /**
   * What the licence an approved case receives is, as the national 行政许可 item reports it.
   *
   * @param category 许可类别; absent is 普通
   * @param validity how long the licence is valid (有效期), ISO-8601 (e.g. P5Y); absent means no fixed term (长期)
   */
  public record Licence(LicenceCategory category, String validity) {

    /** The terms of an item that names none: a general licence without a fixed term. */
    public static final Licence DEFAULT = new Licence(LicenceCategory.GENERAL, null);

    public Licence {
      category = category == null ? LicenceCategory.GENERAL : category;
    }

    /** The licence's last valid day when decided on {@code decided}; empty for no fixed term. */
    public Optional<LocalDate> validUntil(LocalDate decided) {
      return validity == null ? Optional.empty()
          : Optional.of(decided.plus(Period.parse(validity)).minusDays(1));
    }
  }

  /** The item's licence terms, the default where it names none. */
  public Licence licenceTerms() {
    return licence == null ? Licence.DEFAULT : licence;
  }

  /** How many levels a decision of this item passes, one to three. */
  public int levels() {
    return approvalLevels < 1 ? 1 : approvalLevels;
  }

  /**
   * The item's time limits, each a deadline spec.
   *
   * @param extension the longest extension of the decision period a department head may approve, in working days
   *     (e.g. 5WD); absent for the law's ten (行政许可法 第四十二条), and never more
   */
  public record Periods(String signing, String decision, String materials, String inspection, String rectification,
      @JsonInclude(JsonInclude.Include.NON_NULL) String extension) {

    /** The law's longest extension of a decision period: 十日, working days (行政许可法 第四十二条、第八十二条). */
    public static final int LONGEST_EXTENSION = 10;

    public Periods(String signing, String decision, String materials, String inspection, String rectification) {
      this(signing, decision, materials, inspection, rectification, null);
    }

    /** How many working days a decision period of this item may be extended by. */
    public int extensionWorkingDays() {
      return extension == null ? LONGEST_EXTENSION
          : ((org.creditcommitment.calendar.DueSpec.WorkingDays) org.creditcommitment.calendar.DueSpec.parse(extension))
              .days();
    }
  }

  public boolean offers(CommitmentType type) {
    return openToCommitment && commitmentTypes.contains(type);
  }

  /** Whether an applicant may leave this material missing (容缺) and supply it within the materials period. */
  public boolean tolerates(String material) {
    return materials != null && materials.contains(material) && tolerableMaterials.contains(material);
  }
}
