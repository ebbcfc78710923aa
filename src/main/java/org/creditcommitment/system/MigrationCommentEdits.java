package org.creditcommitment.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * The opening comments of six applied migrations were reworded (they named documents this repository does not
 * hold); nothing else in them changed. Flyway keeps a checksum of every applied migration and would refuse to start
 * a database created before. Before Flyway validates, this callback updates exactly those history rows, and only
 * while they still carry the checksum of the earlier text, so any other change to an applied migration is still
 * refused.
 */
@Component
class MigrationCommentEdits implements Callback {

  /** An applied migration whose comment was reworded: its checksum before and after. */
  record Edit(String version, int before, int after) {}

  static final List<Edit> EDITS = List.of(
      new Edit("20", -1813190448, 1174422589),
      new Edit("21", 1198109244, -407497521),
      new Edit("30", -214861878, -530858968),
      new Edit("41", 1472657677, -1641555314),
      new Edit("1", -1944529415, -1261089578),   // H2's Quartz tables
      new Edit("1", -1744815569, -1730213644));  // PostgreSQL's Quartz tables

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String table = context.getConfiguration().getTable();
    Connection connection = context.getConnection();
    try {
      String stored = storedName(connection, table);
      if (stored == null) {
        return;
      }
      for (Edit edit : EDITS) {
        // Flyway creates its table and columns with quoted lower-case names
        try (PreparedStatement update = connection.prepareStatement("UPDATE \"" + stored
            + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
          update.setInt(1, edit.after());
          update.setString(2, edit.version());
          update.setInt(3, edit.before());
          update.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new FlywayException("Could not update the checksums of reworded migration comments", e);
    }
  }

  /** The history table's name as the database stores it, or null before Flyway created it. */
  private static String storedName(Connection connection, String table) throws SQLException {
    for (String name : new String[] {table, table.toUpperCase(), table.toLowerCase()}) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return tables.getString("TABLE_NAME");
        }
      }
    }
    return null;
  }

  @Override
  public String getCallbackName() {
    return "migration-comment-edits";
  }
}
