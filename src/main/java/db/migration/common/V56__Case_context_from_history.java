package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Upgrade in place: cases started before the case record kept its whole context (V55) get the new columns once
 * from the process variables the earlier model kept, so that their forms, mails and later steps read the same
 * values from the record as new cases do.
 */
public class V56__Case_context_from_history extends BaseJavaMigration {

  /** Case column → the process variable the earlier model kept it in. */
  private static final String[][] TEXT = {
      {"negative_reminder", "negativeReminderText"},
      {"decision_period", "decisionDeadlineSpec"},
      {"benefits", "benefitsText"},
      {"withdrawal_reason", "withdrawalReason"},
      {"inspector", "assignedInspector"},
      {"inspection_period", "inspectionDeadlineSpec"},
      {"inspection_findings", "inspectionFindings"},
      {"rectification_reason", "rectificationReason"},
      {"rectification_description", "rectificationDescription"},
      {"punishment_basis", "punishmentBasis"},
      // facts the record gained earlier (V54) that cases from before kept only as variables
      {"grade", "grade"},
      {"accepted_by", "acceptedBy"},
      {"decision", "decision"},
      {"inspection_result", "inspectionResult"},
      {"inspected_by", "inspectedBy"},
      {"punishment_measures", "punishmentMeasureNames"}};

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!V53__Case_facts_from_history.hasEngineHistory(connection)) {
      return;
    }
    for (String[] column : TEXT) {
      update(connection, column[0], "max(v.TEXT_)", column[1]);
    }
    update(connection, "denial_reason", "max(v.TEXT_)", "denialReason");
    update(connection, "denial_reason", "max(v.TEXT_)", "rejectionReason");
    update(connection, "bar_months", "max(v.LONG_)", "barMonths");
    // booleans are kept as 0/1 in LONG_
    update(connection, "red_listed", "max(case when v.LONG_ = 1 then 1 else 0 end) = 1", "redListed");
    update(connection, "inspection_selected", "max(case when v.LONG_ = 1 then 1 else 0 end) = 1", "inspectionSelected");
  }

  private static void update(Connection connection, String column, String value, String variable) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("update commitment_case set " + column + " = (select "
        + value + " from ACT_HI_VARINST v where v.PROC_INST_ID_ = commitment_case.process_instance_id and v.NAME_ = ?"
        + " having count(*) > 0) where " + column + " is null")) {
      update.setString(1, variable);
      update.executeUpdate();
    }
  }
}
