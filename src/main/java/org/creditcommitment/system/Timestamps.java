package org.creditcommitment.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Timestamps read from the database, at the offset of the service centre's zone. PostgreSQL hands a
 * {@code timestamptz} back in UTC, H2 with the offset it was written with: without this, a case decided at
 * 00:30 in Shanghai would print, count and expire on the previous day on PostgreSQL only.
 */
public final class Timestamps {

  private Timestamps() {
  }

  /** The column's instant at the zone's offset, or null. */
  public static OffsetDateTime read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.atZoneSameInstant(ClockConfig.ZONE).toOffsetDateTime();
  }
}
