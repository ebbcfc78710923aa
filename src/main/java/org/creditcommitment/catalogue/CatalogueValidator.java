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
    if (!item.openToCommitment()) {
      if (isBlank(item.exclusionReason())) {
        problems.add("exclusionReason: required for an item not open to commitment");
      }
      return problems;
    }
    if (item.commitmentTypes().isEmpty()) {
      problems.add("commitmentTypes: an item open to commitment offers at least one type");
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
    ServiceItem.Periods periods = item.periods();
    if (periods == null) {
      problems.add("periods: required (signing, decision, inspection, rectification; materials for TOLERATE_MISSING)");
      return problems;
    }
    period(problems, "periods.signing", periods.signing(), true);
    period(problems, "periods.decision", periods.decision(), true);
    period(problems, "periods.inspection", periods.inspection(), true);
    period(problems, "periods.rectification", periods.rectification(), true);
    period(problems, "periods.materials", periods.materials(), item.commitmentTypes().contains(CommitmentType.TOLERATE_MISSING));
    return problems;
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
      DueSpec.parse(spec);
    } catch (IllegalArgumentException e) {
      problems.add(field + ": " + e.getMessage());
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
