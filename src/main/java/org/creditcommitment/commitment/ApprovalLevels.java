package org.creditcommitment.commitment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.catalogue.ServiceItem;
import org.springframework.stereotype.Component;

/**
 * 逐级审批 (承办 → 审核 → 批准; 中华人民共和国行政许可法 第三十七条 审查, 第三十八条 决定): the catalogue sets how many
 * levels a decision of an item passes; each level is a department group and gives its opinion, the final level decides
 * at 作出行政决定. The lifecycle model routes on the level the case is at, which is read from the opinions on the case
 * record, not kept in a variable: {@code ${approvalLevels.toReview(execution)}}, {@code
 * ${approvalLevels.group(execution)}}, {@code ${approvalLevels.deciders(execution)}},
 * {@code ${approvalLevels.backToAcceptance(execution)}}. The punishment decision passes the same levels with the same
 * groups ({@link ApprovalPhase#PUNISHMENT}): {@code ${approvalLevels.toReviewIn(execution, 'PUNISHMENT')}}, {@code
 * ${approvalLevels.groupIn(execution, 'PUNISHMENT')}}, {@code ${approvalLevels.returnedIn(execution, 'PUNISHMENT')}}.
 *
 * <p>Levels and groups: one level, the department's approvers decide (approver-&lt;dept&gt;, as before levels); two,
 * 承办 by approver-&lt;dept&gt; and 批准 by its heads (leader-&lt;dept&gt;); three, 承办 approver-&lt;dept&gt;, 审核
 * reviewer-&lt;dept&gt;, 批准 leader-&lt;dept&gt;.
 */
@Component("approvalLevels")
public class ApprovalLevels {

  private final Cases cases;
  private final Catalogue catalogue;
  private final ApprovalOpinions opinions;

  ApprovalLevels(Cases cases, Catalogue catalogue, ApprovalOpinions opinions) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.opinions = opinions;
  }

  /** Whether the case's current level is below the final one: it goes to 逐级审批 before 作出行政决定. */
  public boolean toReview(DelegateExecution execution) {
    return toReviewIn(execution, ApprovalPhase.DECISION.name());
  }

  /** The group that gives the current level's opinion. */
  public String group(DelegateExecution execution) {
    return groupIn(execution, ApprovalPhase.DECISION.name());
  }

  /** The group of the final level, which decides. */
  public String deciders(DelegateExecution execution) {
    return group(execution.getProcessBusinessKey(), levels(execution.getProcessBusinessKey()));
  }

  /**
   * Whether the return just made leaves the levels for the acceptance review: a return by the first level, or by the
   * only one; a later level returns to the level before it.
   */
  public boolean backToAcceptance(DelegateExecution execution) {
    List<ApprovalOpinions.Opinion> given = opinions.of(execution.getProcessBusinessKey(), ApprovalPhase.DECISION);
    return given.isEmpty() || given.get(given.size() - 1).level() <= 1;
  }

  /** {@link #toReview} for a decision of the case ({@link ApprovalPhase}'s name), e.g. the punishment's. */
  public boolean toReviewIn(DelegateExecution execution, String phase) {
    String caseNo = execution.getProcessBusinessKey();
    return current(caseNo, ApprovalPhase.valueOf(phase)) < levels(caseNo);
  }

  /** {@link #group} for a decision of the case. */
  public String groupIn(DelegateExecution execution, String phase) {
    String caseNo = execution.getProcessBusinessKey();
    return group(caseNo, current(caseNo, ApprovalPhase.valueOf(phase)));
  }

  /** Whether the level that just gave its opinion on this decision returned the case (退回) rather than pass it on. */
  public boolean returnedIn(DelegateExecution execution, String phase) {
    List<ApprovalOpinions.Opinion> given = opinions.of(execution.getProcessBusinessKey(), ApprovalPhase.valueOf(phase));
    return !given.isEmpty() && given.get(given.size() - 1).outcome() == ApprovalOpinions.Outcome.RETURN;
  }

  /** How many levels a decision of the case's item passes (one to three), by the catalogue. */
  int levels(String caseNo) {
    CaseRecord c = cases.require(caseNo);
    return catalogue.find(c.itemCode()).map(ServiceItem::levels).orElse(1);
  }

  /**
   * The level the case is at: the first after acceptance and after a return by the first level, the next after a
   * level forwarded it, the previous after a later level returned it.
   */
  int current(String caseNo, ApprovalPhase phase) {
    List<ApprovalOpinions.Opinion> given = opinions.of(caseNo, phase);
    if (given.isEmpty()) {
      return 1;
    }
    ApprovalOpinions.Opinion last = given.get(given.size() - 1);
    return switch (last.outcome()) {
      case FORWARD -> last.level() + 1;
      case RETURN -> Math.max(1, last.level() - 1);
      case DECIDE -> last.level();
    };
  }

  String group(String caseNo, int level) {
    String department = cases.require(caseNo).department();
    int levels = levels(caseNo);
    if (level <= 1 || levels == 1) {
      return DepartmentGroups.approvers(department);
    }
    return level >= levels ? DepartmentGroups.leaders(department) : DepartmentGroups.reviewers(department);
  }

  /** A level's name on forms, the approval sheet and the timeline: 承办, 审核, 批准. */
  static String name(int level, int levels) {
    if (levels <= 1) {
      return "审批";
    }
    if (level <= 1) {
      return "承办";
    }
    return level >= levels ? "批准" : "审核";
  }
}
