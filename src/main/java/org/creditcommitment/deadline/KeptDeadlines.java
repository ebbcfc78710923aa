package org.creditcommitment.deadline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Which processes kept a deadline: its wait ended (the deadline was cancelled) and it never fired. Read from the
 * deadline records, not the engine's history, so figures built on it survive history cleanup.
 */
@Service
public class KeptDeadlines {

  /** Keeps each statement's parameter list well below what the databases accept. */
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;

  KeptDeadlines(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The process instances among these whose deadline of this kind was cancelled and never fired. */
  public Set<String> among(String kind, Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(id -> id != null).distinct().toList();
    Set<String> cancelled = new HashSet<>();
    Set<String> fired = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      List<Object> args = new ArrayList<>();
      args.add(kind);
      args.addAll(chunk);
      jdbc.query("select process_instance_id, status from deadline where kind = ? and status in ('CANCELLED', 'FIRED')"
          + " and process_instance_id in (" + String.join(", ", chunk.stream().map(id -> "?").toList()) + ")", rs -> {
            (DeadlineStatus.FIRED.name().equals(rs.getString("status")) ? fired : cancelled)
                .add(rs.getString("process_instance_id"));
          }, args.toArray());
    }
    cancelled.removeAll(fired);
    return cancelled;
  }
}
