package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The opinions (审批意见) the levels of a leveled decision give (逐级审批, 承办 → 审核 → 批准; 中华人民共和国行政许可法
 * 第三十七条、第三十八条; for the punishment decision 中华人民共和国行政处罚法 第五十七条), each written by the step that gives
 * it, in its transaction, with the decision it is given on ({@link ApprovalPhase}), and audited for the timeline.
 */
@Service
class ApprovalOpinions {

  /** What a level did with the case after its opinion. */
  enum Outcome {
    /** 提交下一级: the case goes to the next level. */
    FORWARD("提交下一级"),
    /** 退回: to the previous level, or from the first to the acceptance review. */
    RETURN("退回"),
    /** 作出决定: the final level decided. */
    DECIDE("作出决定");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  record Opinion(int level, int levels, String group, String opinion, Outcome outcome, String givenBy,
      OffsetDateTime givenAt) {}

  /** Audit event of an opinion; the auditor's timeline names it (casehistory's TimelineLabels). */
  static final String GIVEN = "case.approval-opinion";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditLog audit;

  ApprovalOpinions(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  void record(String caseNo, ApprovalPhase phase, int level, int levels, String group, String opinion,
      Outcome outcome, String user) {
    jdbc.update("insert into case_approval_opinion (case_no, phase, level_no, levels, group_id, opinion, outcome,"
        + " given_by, given_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", caseNo, phase.name(), level, levels, group,
        opinion, outcome.name(), user, OffsetDateTime.now(clock));
    audit.record(caseNo, GIVEN, user, Map.of("approvalSubject", phase.label(), "approvalLevel", level + "/" + levels,
        "approvalLevelName", ApprovalLevels.name(level, levels), "approvalGroup", group, "approvalOpinion", opinion,
        "approvalOutcome", outcome.label()));
  }

  /** Every opinion of the case, on any of its decisions, oldest first: the case file's. */
  List<Opinion> of(String caseNo) {
    return jdbc.query("select * from case_approval_opinion where case_no = ? order by id", this::opinion, caseNo);
  }

  /** The opinions given on one decision of the case, oldest first: what its levels route on. */
  List<Opinion> of(String caseNo, ApprovalPhase phase) {
    return jdbc.query("select * from case_approval_opinion where case_no = ? and phase = ? order by id",
        this::opinion, caseNo, phase.name());
  }

  private Opinion opinion(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Opinion(rs.getInt("level_no"), rs.getInt("levels"), rs.getString("group_id"), rs.getString("opinion"),
        Outcome.valueOf(rs.getString("outcome")), rs.getString("given_by"), Timestamps.read(rs, "given_at"));
  }
}
