package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Upgrade in place: cases pushed, ordered to rectify or punished before the case record kept those facts (V52) get
 * them once from the engine's history. On a new database the engine's tables may not exist yet, and there is no
 * case to fill: nothing to do.
 */
public class V53__Case_facts_from_history extends BaseJavaMigration {

  /** Case column → the lifecycle step that made the fact, in the model before this change. */
  private static final String[][] FACTS = {
      {"pushed_at", "Task_PushCommitment"},
      {"rectification_notified_at", "Task_IssueRectificationNotice"},
      {"punished_at", "Task_RecordDishonesty"}};

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!hasEngineHistory(connection)) {
      return;
    }
    for (String[] fact : FACTS) {
      try (PreparedStatement update = connection.prepareStatement("update commitment_case set " + fact[0]
          + " = (select min(a.END_TIME_) from ACT_HI_ACTINST a where a.PROC_INST_ID_ = commitment_case.process_instance_id"
          + " and a.ACT_ID_ = ? and a.END_TIME_ is not null) where " + fact[0] + " is null")) {
        update.setString(1, fact[1]);
        update.executeUpdate();
      }
    }
    // the punished case kept the record's id only as its process variable dishonestyRecordId
    try (PreparedStatement update = connection.prepareStatement("update commitment_case set dishonesty_record_id ="
        + " (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = commitment_case.process_instance_id"
        + " and v.NAME_ = 'dishonestyRecordId') where dishonesty_record_id is null and punished_at is not null")) {
      update.executeUpdate();
    }
  }

  static boolean hasEngineHistory(Connection connection) throws SQLException {
    for (String name : new String[] {"ACT_HI_ACTINST", "act_hi_actinst"}) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
