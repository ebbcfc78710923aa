package org.creditcommitment.publicboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.creditcommitment.system.ClockConfig;

/**
 * A {@link PublicRecordSource} for a module whose public records are few enough to list (the voluntary
 * commitments): it gives its public records, and the board's own rule ({@link PublicQuery#matches}) searches,
 * dates and orders them, so such a source cannot search differently from the others. Only a source that must search
 * in its database (the application cases, thousands of them) implements the SPI itself, and mirrors the rule there.
 */
public abstract class ListedRecordSource implements PublicRecordSource {

  private final Clock clock;

  protected ListedRecordSource(Clock clock) {
    this.clock = clock;
  }

  /**
   * Every record of the source that is public now (published, not withdrawn or revoked), with its subject's code
   * and name as stored. It may leave out records of another department, category or kind than the query's; it never
   * filters by subject: the board does.
   */
  protected abstract List<PublicRecord> publicRecords(PublicQuery query);

  @Override
  public final long count(PublicQuery query) {
    return matching(query).count();
  }

  @Override
  public final List<PublicRecord> newest(PublicQuery query, int limit) {
    return matching(query).sorted(PublicBoard.NEWEST_FIRST).limit(Math.max(limit, 0)).toList();
  }

  private Stream<PublicRecord> matching(PublicQuery query) {
    LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
    return publicRecords(query).stream().filter(r -> query.matches(r, today));
  }
}
