package org.creditcommitment.commitment;

import java.util.Optional;
import java.util.function.Function;

import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.creditcommitment.security.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deadline kinds of commitment-lifecycle.bpmn. */
@Configuration
class CaseDeadlineKinds {

  static final String SIGNING = "signing";
  static final String DECISION = "decision";
  static final String MATERIALS = "materials";
  static final String INSPECTION = "inspection";
  static final String RECTIFICATION = "rectification";
  static final String PUBLICATION = "publication";
  static final String CORRECTION_REQUEST = "correctionRequest";
  static final String CORRECTION = "correction";
  static final String SERVICE = "service";
  static final String PUNISHMENT_DECISION = "punishmentDecision";

  private final Cases cases;

  CaseDeadlineKinds(Cases cases) {
    this.cases = cases;
  }

  @Bean
  DeadlineKind signingDeadlineKind() {
    return new DeadlineKind(SIGNING, "签署期限", "the catalogue item's signing period (CasePeriods)",
        ReminderRecipients.officersOfTheCase("the clerks", groupOfCase(c -> Groups.CLERK), "督促申请人签署信用承诺书"));
  }

  @Bean
  DeadlineKind decisionDeadlineKind() {
    return new DeadlineKind(DECISION, "决定期限",
        "the case's decision period (green channel), else the catalogue item's (CasePeriods)",
        ReminderRecipients.officersOfTheCase("the approvers of the case's department",
            groupOfCase(c -> DepartmentGroups.approvers(c.department())), "作出行政决定"));
  }

  @Bean
  DeadlineKind materialsDeadlineKind() {
    return new DeadlineKind(MATERIALS, "容缺材料补齐期限",
        "the catalogue item's materials period, else its rectification period (CasePeriods)",
        ReminderRecipients.mailedByTheOwner("the applicant, with the missing materials (CaseReminders)"));
  }

  @Bean
  DeadlineKind inspectionDeadlineKind() {
    return new DeadlineKind(INSPECTION, "履约核查期限",
        "the catalogue item's inspection period, shortened by the drawn tier's (CasePeriods)",
        ReminderRecipients.officersOfTheCase("the inspectors of the case's department",
            groupOfCase(c -> DepartmentGroups.inspectors(c.department())), "履约践诺核查"));
  }

  @Bean
  DeadlineKind rectificationDeadlineKind() {
    return new DeadlineKind(RECTIFICATION, "整改期限",
        "the period the inspecting official set, else the catalogue item's rectification period (CasePeriods)",
        ReminderRecipients.officersOfTheCase("the inspectors of the case's department",
            groupOfCase(c -> DepartmentGroups.inspectors(c.department())), "跟进限期整改"));
  }

  /** 中华人民共和国行政许可法 第三十二条: a correction request later than this means the application was accepted on receipt. */
  @Bean
  DeadlineKind correctionRequestDeadlineKind() {
    return new DeadlineKind(CORRECTION_REQUEST, "补正告知期限",
        "5 working days from receipt of the application (中华人民共和国行政许可法 第三十二条); when it passes the"
            + " application counts as accepted from receipt",
        ReminderRecipients.officersOfTheCase("the clerks", groupOfCase(c -> Groups.CLERK), "一次性告知补正或受理申请"));
  }

  @Bean
  DeadlineKind correctionDeadlineKind() {
    return new DeadlineKind(CORRECTION, "补正期限",
        "setting cc.correction.period (CasePeriods), stated in the 补正材料通知书; when it passes the application is not"
            + " accepted",
        ReminderRecipients.officersOfTheCase("the clerks", groupOfCase(c -> Groups.CLERK), "督促申请人补正材料"));
  }

  @Bean
  DeadlineKind publicationDeadlineKind() {
    return new DeadlineKind(PUBLICATION, "信息公示期限", "setting cc.publication.period (PublicationDeadline)",
        ReminderRecipients.none());
  }

  /**
   * 送达期限 (行政许可法 第四十四条): set from Java when a decision document is issued, met when it is served. No step of
   * the model waits for it (the case goes on after its decision), so when it passes the clerks and the credit office
   * are told from here (督办), as an overdue task's catch event would.
   */
  @Bean
  DeadlineKind serviceDeadlineKind() {
    ReminderRecipients clerks = ReminderRecipients.officersOfTheCase("the clerks", groupOfCase(c -> Groups.CLERK),
        "送达行政决定文书");
    return new DeadlineKind(SERVICE, "送达期限",
        "10 working days from the issue of the oldest decision document not yet served (CaseServices)", clerks,
        clerks);
  }

  /**
   * 失信惩戒决定期限 (中华人民共和国行政处罚法 第六十条: the decision within 90 days of 立案): from the breach found (the
   * case entering 失信惩戒) until the punishment is decided, so the phase's tasks carry a due date once the statement
   * period is over. A kind of its own: suspending the licence decision period (行政许可法 第四十五条) does not stop it.
   * No step of the model waits for it (the decision stays due after it passed), so when it passes the approvers and
   * the credit office are told from here (督办), as the decision period's catch event does for the licence decision.
   */
  @Bean
  DeadlineKind punishmentDecisionDeadlineKind() {
    ReminderRecipients approvers = ReminderRecipients.officersOfTheCase("the approvers of the case's department",
        groupOfCase(c -> DepartmentGroups.approvers(c.department())), "作出失信惩戒决定");
    return new DeadlineKind(PUNISHMENT_DECISION, "失信惩戒决定期限",
        "setting cc.punishment.decision-period (PunishmentDecisionPeriod), P90D from the case entering 失信惩戒"
            + " (中华人民共和国行政处罚法 第六十条); met when the punishment is decided",
        approvers, approvers);
  }

  private Function<String, Optional<String>> groupOfCase(Function<CaseRecord, String> group) {
    return caseNo -> cases.find(caseNo).map(group);
  }
}
