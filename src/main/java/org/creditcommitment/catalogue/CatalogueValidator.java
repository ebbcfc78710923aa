package org.creditcommitment.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.credit.GradeScale;
import org.creditcommitment.system.Templates;
import org.springframework.stereotype.Component;

/** The rules an item must meet, whether it comes from the file or from the REST API. */
@Component
class CatalogueValidator {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private final GradeScale gradeScale;

  CatalogueValidator(GradeScale gradeScale) {
    this.gradeScale = gradeScale;
  }

  /** Problems as "field: message"; empty when the item is usable. */
  List<String> problems(ServiceItem item, Set<String> departments) {
    List<String> problems = new ArrayList<>();
    if (item.code() == null || !CODE.matcher(item.code()).matches()) {
      problems.add("code: required, upper-case letters, digits and '-' (2-40 characters)");
    }
    if (isBlank(item.name())) {
      problems.add("name: required");
    }
    if (item.department() == null || !departments.contains(item.department())) {
      problems.add("department: '" + item.department() + "' is not one of the departments " + departments);
    }
    if (item.category() == null) {
      problems.add("category: required");
    } else if (!fits(item)) {
      String allowed = item.openToCommitment() ? "审批替代型、证明事项型" : "审批替代型、证明事项型、其他";
      problems.add("category: 事项 " + item.code() + "「" + item.name() + "」的承诺类别不能是" + item.category().label()
          + "，" + (item.openToCommitment() ? "申请事项" : "不适用信用承诺的事项") + "只能是" + allowed
          + " / item " + item.code() + " cannot be " + item.category().label() + " (" + item.category().name()
          + "): " + (item.openToCommitment() ? "an application item" : "an item closed to commitment") + " is only "
          + allowed + "; 信用修复型 belongs to credit repair, 行业自律型 and 主动型 to voluntary commitments"
          + " (普政数局〔2022〕25号 二（七）)");
    }
    licenceValidity(problems, item.licence());
    if (item.approvalLevels() < 0 || item.approvalLevels() > ServiceItem.MOST_LEVELS) {
      problems.add("approvalLevels: 1 (承办), 2 (承办、批准) or 3 (承办、审核、批准)");
    }
    if (!item.openToCommitment()) {
      if (isBlank(item.exclusionReason())) {
        problems.add("exclusionReason: required for an item not open to commitment");
      }
      return problems;
    }
    if (item.commitmentTypes().isEmpty()) {
      problems.add("commitmentTypes: an item open to commitment offers at least one type");
    }
    if (item.immediate() && !item.commitmentTypes().contains(CommitmentType.NOTIFY_COMMIT)) {
      problems.add("immediate: 即时办理 decides 告知承诺 cases on the spot; the item must offer NOTIFY_COMMIT");
    }
    item.minimumGrades().forEach((type, grade) -> {
      if (!gradeScale.contains(grade)) {
        problems.add("minimumGrade: '" + grade + "' for " + type + " is not on the grade scale " + gradeScale.grades());
      }
    });
    if (isBlank(item.conditions())) {
      problems.add("conditions: required (告知的条件)");
    }
    if (isBlank(item.standards())) {
      problems.add("standards: required (告知的标准)");
    }
    if (item.letterTemplate() != null && !item.letterTemplate().isBlank()) {
      Set<String> unknown = new java.util.TreeSet<>(Templates.placeholders(item.letterTemplate()));
      unknown.removeAll(LetterTemplate.VARIABLES);
      if (!unknown.isEmpty()) {
        problems.add("letterTemplate: unknown placeholders " + unknown + "; allowed: " + new java.util.TreeSet<>(LetterTemplate.VARIABLES));
      }
    }
    tolerableMaterials(problems, item);
    ServiceItem.Periods periods = item.periods();
    if (periods == null) {
      problems.add("periods: required (signing, decision, inspection, rectification; materials for TOLERATE_MISSING)");
      return problems;
    }
    period(problems, "periods.signing", periods.signing(), true);
    period(problems, "periods.decision", periods.decision(), true);
    period(problems, "periods.inspection", periods.inspection(), true);
    period(problems, "periods.rectification", periods.rectification(), true);
    extension(problems, periods.extension());
    period(problems, "periods.materials", periods.materials(), item.commitmentTypes().contains(CommitmentType.TOLERATE_MISSING));
    return problems;
  }

  /**
   * 容缺 only for what the law does not make substantive (普政数局〔2022〕25号 二（二）: 除法律、法规及规章要求的实质性要件材料外):
   * the application form never may be missing, a tolerable material is one of the item's, and an item offering
   * 容缺受理 names at least one.
   */
  private static void tolerableMaterials(List<String> problems, ServiceItem item) {
    List<String> materials = item.materials() == null ? List.of() : item.materials();
    for (String material : item.tolerableMaterials()) {
      if (!materials.contains(material)) {
        problems.add("materials: '" + material + "' is marked tolerable but is not one of the item's materials");
      } else if (isApplicationForm(material)) {
        problems.add("materials: '" + material + "' is the application form, a substantive material that cannot be"
            + " tolerated as missing");
      }
    }
    if (item.commitmentTypes().contains(CommitmentType.TOLERATE_MISSING) && item.tolerableMaterials().isEmpty()) {
      problems.add("materials: an item offering TOLERATE_MISSING marks at least one material tolerable"
          + " (every other material is substantive)");
    }
  }

  /** 申请书 / 申请表 (and 申请审批表 …): the form that is the application itself. */
  static boolean isApplicationForm(String material) {
    return material != null && (material.contains("申请书") || material.contains("申请表"));
  }

  /**
   * An item is applied for, so its commitment is an application's (审批替代型 or 证明事项型); an item closed to commitment
   * may keep the category it would have, or 其他.
   */
  private static boolean fits(ServiceItem item) {
    return CommitmentCategory.APPLICATION.contains(item.category())
        || (!item.openToCommitment() && item.category() == CommitmentCategory.OTHER);
  }

  private static void period(List<String> problems, String field, String spec, boolean required) {
    if (spec == null) {
      if (required) {
        problems.add(field + ": required");
      }
      return;
    }
    try {
      if (DueSpec.parse(spec) instanceof DueSpec.WorkingDays days && days.days() == 0) {
        // one way to say it: a same-day decision is the item's 即时办理 flag, which keeps 容缺受理's period
        problems.add(field + ": at least 1WD; for a same-day decision of 告知承诺 set immediate: true");
      }
    } catch (IllegalArgumentException e) {
      problems.add(field + ": " + e.getMessage());
    }
  }

  /** At most the law's ten working days (行政许可法 第四十二条), and in working days, as the law counts them. */
  private static void extension(List<String> problems, String spec) {
    if (spec == null) {
      return;
    }
    try {
      if (!(DueSpec.parse(spec) instanceof DueSpec.WorkingDays days) || days.days() < 1
          || days.days() > ServiceItem.Periods.LONGEST_EXTENSION) {
        problems.add("periods.extension: 1WD to " + ServiceItem.Periods.LONGEST_EXTENSION + "WD (working days)");
      }
    } catch (IllegalArgumentException e) {
      problems.add("periods.extension: " + e.getMessage());
    }
  }

  /** 有效期 as a positive calendar period (P5Y, P6M): the push states the licence's last day from it. */
  private static void licenceValidity(List<String> problems, ServiceItem.Licence licence) {
    if (licence == null || licence.validity() == null) {
      return;
    }
    try {
      java.time.Period period = java.time.Period.parse(licence.validity());
      if (period.isNegative() || period.isZero()) {
        problems.add("licence.validity: a positive period such as P5Y, or none for a licence without a fixed term");
      }
    } catch (java.time.format.DateTimeParseException e) {
      problems.add("licence.validity: '" + licence.validity() + "' is not an ISO-8601 period such as P5Y or P6M");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
