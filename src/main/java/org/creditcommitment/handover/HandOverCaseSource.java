package org.creditcommitment.handover;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.casehistory.CaseSource;
import org.creditcommitment.casehistory.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case history's lines of this module: every 转办, 委派, 办毕交回, 催办 and 抄送 of the case, with who acted, on
 * which task, to whom and why (source {@code handover}). Submits no application of its own.
 */
@Component
class HandOverCaseSource implements CaseSource {

  private static final Map<String, String> HAND_OVER_TYPES = Map.of(
      "TRANSFER", "task.transferred",
      "DELEGATION", "task.delegated",
      "RESOLUTION", "task.resolved");
  private static final Map<String, String> LABELS = Map.of(
      "task.transferred", "转办",
      "task.delegated", "委派",
      "task.resolved", "办毕交回",
      "task.urged", "催办",
      "case.copied", "抄送");

  private final JdbcTemplate jdbc;
  private final GroupNames groupNames;

  HandOverCaseSource(JdbcTemplate jdbc, GroupNames groupNames) {
    this.jdbc = jdbc;
    this.groupNames = groupNames;
  }

  @Override
  public Optional<String> submitter(String caseNo) {
    return Optional.empty();
  }

  @Override
  public List<TimelineEntry> timeline(String caseNo) {
    List<TimelineEntry> lines = new ArrayList<>();
    jdbc.query("SELECT task_id, task_key, task_name, kind, acted_by, from_user, to_user, reason, handed_at"
        + " FROM task_handover WHERE case_no = ? ORDER BY id", rs -> {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("taskId", rs.getString("task_id"));
          d.put("taskName", rs.getString("task_name"));
          d.put("fromUser", rs.getString("from_user"));
          d.put("toUser", rs.getString("to_user"));
          d.put("reason", rs.getString("reason"));
          lines.add(line(rs.getObject("handed_at", OffsetDateTime.class), HAND_OVER_TYPES.get(rs.getString("kind")),
              rs.getString("acted_by"), rs.getString("task_key"), d));
        }, caseNo);
    jdbc.query("SELECT task_id, task_name, urged_by, holder_user, holder_groups, note, due_at, urged_at"
        + " FROM task_urge WHERE case_no = ? ORDER BY id", rs -> {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("taskId", rs.getString("task_id"));
          d.put("taskName", rs.getString("task_name"));
          d.put("holderUser", rs.getString("holder_user"));
          String groups = rs.getString("holder_groups");
          if (groups != null) {
            d.put("holderGroups", groups);
            d.put("holderGroupNames", String.join("、", List.of(groups.split(",")).stream().map(groupNames::name)
                .toList()));
          }
          OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
          d.put("due", due == null ? null : due.toInstant());
          d.put("note", rs.getString("note"));
          lines.add(line(rs.getObject("urged_at", OffsetDateTime.class), "task.urged", rs.getString("urged_by"), null,
              d));
        }, caseNo);
    jdbc.query("SELECT sent_by, to_user, to_group, note, sent_at FROM case_copy WHERE case_no = ? ORDER BY id", rs -> {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("toUser", rs.getString("to_user"));
      String group = rs.getString("to_group");
      if (group != null) {
        d.put("toGroup", group);
        d.put("toGroupName", groupNames.name(group));
      }
      d.put("note", rs.getString("note"));
      lines.add(line(rs.getObject("sent_at", OffsetDateTime.class), "case.copied", rs.getString("sent_by"), null, d));
    }, caseNo);
    return lines;
  }

  private static TimelineEntry line(OffsetDateTime at, String type, String actor, String activityId,
      Map<String, Object> details) {
    details.values().removeIf(v -> v == null);
    return new TimelineEntry(at == null ? null : at.toInstant(), type, LABELS.get(type), actor, "handover",
        activityId, details);
  }
}
