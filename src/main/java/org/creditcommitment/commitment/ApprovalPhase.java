package org.creditcommitment.commitment;

import java.util.Set;

import org.creditcommitment.documents.DocumentType;

/**
 * The decisions of a case that pass the catalogue's levels (逐级审批, 承办 → 审核 → 批准), each with the steps and
 * returns of its part of the lifecycle model and its approval sheet. One mechanism serves both ({@link ApprovalLevels},
 * {@link ApprovalOpinions}, {@link ReviewOutcome}, {@link FinalLevel}); what differs between them is named here.
 */
enum ApprovalPhase {

  /** 作出行政决定 (中华人民共和国行政许可法 第三十七条、第三十八条): the first level returns to the acceptance review. */
  DECISION("行政许可决定", "Task_ReviewDecision", "Task_MakeDecision", "Flow_ReviewReturnedToPreviousLevel",
      "Flow_DecisionReturnedToPreviousLevel", "Flow_ReviewReturnedToAcceptance", "Task_AcceptApplication",
      DocumentType.APPROVAL_SHEET),
  /**
   * 决定惩戒措施 (中华人民共和国行政处罚法 第五十七条: 行政机关负责人审查后决定), after the subject was heard. Its first level
   * has no earlier step to return to: the proposal before it was told to the subject (第四十四条), and changing it
   * takes a new prior notice, not a return.
   */
  PUNISHMENT("失信惩戒决定", "Task_ReviewPunishment", "Task_DecidePunishment",
      "Flow_PunishmentReviewReturnedToPreviousLevel", "Flow_PunishmentReturnedToPreviousLevel", null, null,
      DocumentType.PUNISHMENT_APPROVAL_SHEET);

  private static final Set<String> PUNISHMENT_STEPS = Set.of("Task_ProposePunishment", "Task_RecordHearing",
      "Task_ReviewPunishment", "Task_DecidePunishment");

  private final String label;
  private final String reviewTask;
  private final String finalTask;
  private final String reviewReturnFlow;
  private final String finalReturnFlow;
  private final String firstLevelReturnFlow;
  private final String firstLevelReturnStep;
  private final DocumentType sheet;

  ApprovalPhase(String label, String reviewTask, String finalTask, String reviewReturnFlow, String finalReturnFlow,
      String firstLevelReturnFlow, String firstLevelReturnStep, DocumentType sheet) {
    this.label = label;
    this.reviewTask = reviewTask;
    this.finalTask = finalTask;
    this.reviewReturnFlow = reviewReturnFlow;
    this.finalReturnFlow = finalReturnFlow;
    this.firstLevelReturnFlow = firstLevelReturnFlow;
    this.firstLevelReturnStep = firstLevelReturnStep;
    this.sheet = sheet;
  }

  /** The phase a step of the lifecycle belongs to: the punishment's steps, else the licence decision's. */
  static ApprovalPhase ofStep(String taskKey) {
    return PUNISHMENT_STEPS.contains(taskKey) ? PUNISHMENT : DECISION;
  }

  /** What the opinions are given on, for the timeline. */
  String label() {
    return label;
  }

  /** The step of the levels below the final one. */
  String reviewTask() {
    return reviewTask;
  }

  /** The step of the final level, which decides. */
  String finalTask() {
    return finalTask;
  }

  /** The flow by which a level below the final one returns to the level before. */
  String reviewReturnFlow() {
    return reviewReturnFlow;
  }

  /** The flow by which the final level returns to the level before. */
  String finalReturnFlow() {
    return finalReturnFlow;
  }

  /** The flow by which the first level returns to the step before the levels; null: it cannot return. */
  String firstLevelReturnFlow() {
    return firstLevelReturnFlow;
  }

  String firstLevelReturnStep() {
    return firstLevelReturnStep;
  }

  /** The approval sheet issued when the final level of a leveled decision decides. */
  DocumentType sheet() {
    return sheet;
  }
}
