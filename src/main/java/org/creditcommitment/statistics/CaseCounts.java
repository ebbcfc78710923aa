package org.creditcommitment.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.commitment.EndState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case figures per item in one read-only query over commitment_case. Rectifications and punishments
 * come from Camunda's activity history (ACT_HI_ACTINST, indexed by process instance and activity id):
 * a case counts once however often it passed the activity. Those figures need the history, so they
 * shrink when history cleanup removes old instances (historyTimeToLive of commitment-lifecycle).
 */
@Component
class CaseCounts {

  static final String RECTIFICATION_ACTIVITY = "Task_IssueRectificationNotice";
  static final String PUNISHMENT_ACTIVITY = "Task_RecordDishonesty";

  private static final String SQL = buildSql();

  private final JdbcTemplate jdbc;

  CaseCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<ItemKey, Tally> count(StatisticsRange range) {
    Map<ItemKey, Tally> tallies = new TreeMap<>();
    jdbc.query(SQL, rs -> {
      tallies.put(new ItemKey(rs.getString("department"), rs.getString("item_code")), read(rs));
    }, range.start(), range.end());
    return tallies;
  }

  private static Tally read(ResultSet rs) throws SQLException {
    Tally t = new Tally();
    t.applications = rs.getLong("applications");
    for (CommitmentType type : CommitmentType.values()) {
      t.types.put(type, rs.getLong("type_" + type.ordinal()));
    }
    t.eligibilityRefusals = rs.getLong("refusals");
    for (EndState state : EndState.values()) {
      t.endStates.put(state, rs.getLong("end_" + state.ordinal()));
    }
    t.running = rs.getLong("running");
    t.rectifications = rs.getLong("rectifications");
    t.punishments = rs.getLong("punishments");
    return t;
  }

  /** Enum names are constants of the code, never input, so they can be part of the SQL text. */
  private static String buildSql() {
    StringBuilder sql = new StringBuilder("select c.department, c.item_code, count(*) as applications");
    for (CommitmentType type : CommitmentType.values()) {
      sql.append(", sum(case when c.eligible = true and c.commitment_type = '").append(type.name())
          .append("' then 1 else 0 end) as type_").append(type.ordinal());
    }
    sql.append(", sum(case when c.eligible = false then 1 else 0 end) as refusals");
    for (EndState state : EndState.values()) {
      sql.append(", sum(case when c.end_state = '").append(state.name()).append("' then 1 else 0 end) as end_")
          .append(state.ordinal());
    }
    sql.append(", sum(case when c.end_state is null then 1 else 0 end) as running");
    sql.append(", sum(").append(passed(RECTIFICATION_ACTIVITY)).append(") as rectifications");
    sql.append(", sum(").append(passed(PUNISHMENT_ACTIVITY)).append(") as punishments");
    sql.append(" from commitment_case c where c.created_at >= ? and c.created_at < ?")
        .append(" group by c.department, c.item_code");
    return sql.toString();
  }

  private static String passed(String activityId) {
    return "case when exists (select 1 from ACT_HI_ACTINST a where a.PROC_INST_ID_ = c.process_instance_id"
        + " and a.ACT_ID_ = '" + activityId + "' and a.END_TIME_ is not null) then 1 else 0 end";
  }
}
