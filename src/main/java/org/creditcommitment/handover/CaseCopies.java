package org.creditcommitment.handover;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.system.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: an official who reads a case sends it to a colleague or to a group (a role, or a department's role group) for
 * information, with a note. The recipients read that case from then on (its record, documents and history; see
 * {@link CopyReaders}), find it under 抄送我的, and the case's timeline says who sent it to whom and why. Reading is all
 * a copy gives: the case's tasks stay with their candidates.
 */
@Service
class CaseCopies {

  private final OpenTasks officials;
  private final GroupNames groupNames;
  private final CaseScope scope;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseCopies(OpenTasks officials, GroupNames groupNames, CaseScope scope, JdbcTemplate jdbc, Clock clock) {
    this.officials = officials;
    this.groupNames = groupNames;
    this.scope = scope;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @param caseNo a key the caller reads (checked by the scope before the body is read) */
  @Transactional
  public Map<String, Object> send(String caseNo, HandOverRequests.Copy body, CurrentUser caller) {
    scope.requireKnown(caseNo);
    String toUser = Texts.id("toUser", body == null ? null : body.toUser());
    String toGroup = Texts.id("toGroup", body == null ? null : body.toGroup());
    String note = Texts.required("note", body == null ? null : body.note(), "请写明抄送说明",
        "A copy needs a note");
    if ((toUser == null) == (toGroup == null)) {
      throw ApiException.badRequest("one-recipient", "请选择一位同事或一个岗位作为抄送对象（二选一）",
          "Name exactly one recipient: toUser or toGroup");
    }
    String recipientName;
    if (toUser != null) {
      if (toUser.equals(caller.id())) {
        throw ApiException.badRequest("copy-to-self", "不能抄送给自己", "A case is not copied to oneself");
      }
      if (officials.user(toUser).isEmpty()
          || officials.groupsOf(toUser).stream().noneMatch(g -> GroupNames.role(g).isPresent())) {
        throw ApiException.badRequest("unknown-recipient", "工作人员「" + toUser + "」不存在",
            "No official '" + toUser + "'");
      }
      recipientName = officials.name(toUser);
    } else {
      if (GroupNames.role(toGroup).isEmpty() || !officials.groupExists(toGroup)) {
        throw ApiException.badRequest("unknown-recipient", "岗位「" + toGroup + "」不存在或不能接收抄送",
            "No officials' group '" + toGroup + "'");
      }
      recipientName = groupNames.name(toGroup);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO case_copy (case_no, sent_by, to_user, to_group, note, sent_at) VALUES (?, ?, ?, ?, ?, ?)",
        caseNo, caller.id(), toUser, toGroup, note, now);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("caseNo", caseNo);
    result.put("toUser", toUser);
    result.put("toGroup", toGroup);
    result.put("recipientName", recipientName);
    result.put("note", note);
    result.put("sentAt", now);
    return result;
  }

  /** Whom the caller may send a case to: every other official by name, and every officials' group by name. */
  Map<String, Object> recipients(CurrentUser caller) {
    Map<String, Object> recipients = new LinkedHashMap<>();
    recipients.put("users", officials.officials().entrySet().stream().filter(e -> !e.getKey().equals(caller.id()))
        .map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList());
    recipients.put("groups", officials.groups().stream().filter(g -> GroupNames.role(g).isPresent()).sorted()
        .map(g -> Map.of("id", g, "name", groupNames.name(g))).toList());
    return recipients;
  }

  /** 抄送我的: the cases sent to the caller or to one of their groups, the latest first. */
  List<Map<String, Object>> toMe(CurrentUser caller, int most) {
    List<Object> args = new ArrayList<>(List.of(caller.id()));
    args.addAll(caller.groups());
    String groups = caller.groups().isEmpty() ? ""
        : " OR to_group IN (" + String.join(", ", java.util.Collections.nCopies(caller.groups().size(), "?")) + ")";
    return jdbc.query("SELECT case_no, sent_by, to_group, note, sent_at FROM case_copy WHERE to_user = ?" + groups
        + " ORDER BY id DESC FETCH FIRST " + most + " ROWS ONLY", (rs, n) -> {
          String caseNo = rs.getString("case_no");
          String group = rs.getString("to_group");
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("caseNo", caseNo);
          item.put("from", officials.name(rs.getString("sent_by")));
          item.put("to", group == null ? "本人" : groupNames.name(group));
          item.put("note", rs.getString("note"));
          item.put("at", rs.getObject("sent_at", OffsetDateTime.class));
          String encoded = URLEncoder.encode(caseNo, StandardCharsets.UTF_8);
          item.put("documentsUrl", "/documents/?caseNo=" + encoded);
          item.put("timelineUrl", "/audit/#/case/" + encoded);
          return item;
        }, args.toArray());
  }
}
