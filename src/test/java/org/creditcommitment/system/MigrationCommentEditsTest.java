package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditcommitment.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database created before the migration comments were reworded still starts: its history rows carry the earlier
 * checksums, which the callback replaces before Flyway validates; any other change to an applied migration is still
 * refused.
 */
class MigrationCommentEditsTest extends IntegrationTest {

  @Autowired Flyway flyway;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCallbackKnowsTheChecksumsFlywayComputesForTodaysMigrations() {
    for (MigrationInfo applied : flyway.info().applied()) {
      String version = applied.getVersion() == null ? null : applied.getVersion().getVersion();
      if (MigrationCommentEdits.EDITS.stream().anyMatch(e -> e.version().equals(version))) {
        assertThat(MigrationCommentEdits.EDITS).as(applied.getScript())
            .anyMatch(e -> e.version().equals(version) && e.after() == applied.getChecksum());
      }
    }
  }

  @Test
  void aDatabaseWithTheEarlierCommentsValidatesAndOtherChangesAreStillRefused() {
    MigrationCommentEdits.Edit edit = MigrationCommentEdits.EDITS.get(0);
    String table = "\"" + flyway.getConfiguration().getTable() + "\"";
    jdbc.update("UPDATE " + table + " SET \"checksum\" = ? WHERE \"version\" = ?", edit.before(), edit.version());

    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    assertThat(jdbc.queryForObject("SELECT \"checksum\" FROM " + table + " WHERE \"version\" = ?", Integer.class,
        edit.version())).isEqualTo(edit.after());

    jdbc.update("UPDATE " + table + " SET \"checksum\" = ? WHERE \"version\" = ?", 12345, edit.version());
    try {
      assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
    } finally {
      jdbc.update("UPDATE " + table + " SET \"checksum\" = ? WHERE \"version\" = ?", edit.after(), edit.version());
    }
  }
}
