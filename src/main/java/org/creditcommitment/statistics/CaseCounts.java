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
 * Case figures per item in one read-only query over commitment_case: every figure is a fact the case record
 * keeps (rectification ordered, punished), written by the step that made it, so no engine history is read and
 * the figures survive history cleanup and changes of the model's element ids. A case counts once however often
 * it was ordered to rectify.
 */
@Component
class CaseCounts {

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
    sql.append(", sum(case when c.rectification_notified_at is not null then 1 else 0 end) as rectifications");
    sql.append(", sum(case when c.punished_at is not null then 1 else 0 end) as punishments");
    sql.append(" from commitment_case c where c.created_at >= ? and c.created_at < ?")
        .append(" group by c.department, c.item_code");
    return sql.toString();
  }
}
