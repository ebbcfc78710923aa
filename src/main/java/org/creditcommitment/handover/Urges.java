package org.creditcommitment.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: a department head urges whoever holds an overdue or slow task of their own department's case, the credit
 * office (which supervises every deadline) that of any case. The holder is the task's assignee or, while nobody has
 * claimed it, its candidates; they get a mail through the outbox and a line under 催办我的 on their own page, and the
 * case keeps the urge on its timeline. A task neither overdue nor waiting long needs no urging, and one urge a day per
 * task is enough: more would only fill the holder's mailbox.
 */
@Service
class Urges {

  /** A task waiting this long since it reached its holder is slow, whatever its deadline. */
  static final Duration SLOW = Duration.ofDays(3);
  /** How many of the latest urges to officials a list looks through. */
  static final int SCAN = 500;
  /** At most one urge per task within this time. */
  static final Duration ONCE_PER = Duration.ofHours(24);

  private final OpenTasks open;
  private final CaseScope scope;
  private final Notifications notifications;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  Urges(OpenTasks open, CaseScope scope, Notifications notifications, JdbcTemplate jdbc,
      Clock clock) {
    this.open = open;
    this.scope = scope;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public Map<String, Object> urge(String taskId, HandOverRequests.Note body, CurrentUser caller) {
    String note = Texts.optional("note", body == null ? null : body.note());
    OpenTask task = open.find(taskId).orElseThrow(() -> OpenTasks.unknown(taskId));
    if (!scope.mayRead(task.caseNo(), caller)) {
      throw OpenTasks.unknown(taskId);
    }
    mayUrge(task, caller);
    Instant now = clock.instant();
    Instant due = task.task().getDueDate() == null ? null : task.task().getDueDate().toInstant();
    boolean overdue = due != null && !due.isAfter(now);
    boolean slow = task.task().getCreateTime() != null
        && !task.task().getCreateTime().toInstant().plus(SLOW).isAfter(now);
    if (!overdue && !slow) {
      throw ApiException.conflict("not-late", "该任务既未逾期，到达办理人也不满 " + SLOW.toDays() + " 天，无需催办",
          "This task is neither overdue nor waiting " + SLOW.toDays() + " days: no urging needed");
    }
    Integer recent = jdbc.queryForObject("SELECT COUNT(*) FROM task_urge WHERE task_id = ? AND urged_at > ?",
        Integer.class, task.id(), OffsetDateTime.now(clock).minus(ONCE_PER));
    if (recent != null && recent > 0) {
      throw ApiException.conflict("already-urged", "该任务 24 小时内已催办过，请勿重复催办",
          "This task was urged within the last 24 hours");
    }
    String holderUser = task.assignee();
    List<String> holderGroups = holderUser == null ? task.candidateGroups() : List.of();
    OffsetDateTime at = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO task_urge (case_no, task_id, task_name, urged_by, holder_user, holder_groups, note,"
        + " due_at, urged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", task.caseNo(), task.id(), task.task().getName(),
        caller.id(), holderUser, holderGroups.isEmpty() ? null : String.join(",", holderGroups), note,
        due == null ? null : OffsetDateTime.ofInstant(due, clock.getZone()), at);
    mail(task, holderUser, holderGroups, caller, note, due);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("taskId", task.id());
    result.put("caseNo", task.caseNo());
    result.put("taskName", task.task().getName());
    result.put("holderUser", holderUser);
    result.put("holderGroups", holderGroups);
    result.put("overdue", overdue);
    result.put("note", note);
    result.put("urgedAt", at);
    return result;
  }

  /** A department head of the case's department, or the credit office. */
  private void mayUrge(OpenTask task, CurrentUser caller) {
    if (caller.isIn(Groups.CREDIT_OFFICE)) {
      return;
    }
    Optional<String> department = scope.department(task.caseNo());
    if (department.isEmpty() || !caller.isIn(Groups.LEADER + "-" + department.get())) {
      throw ApiException.forbidden("not-own-department", "部门负责人只能催办本部门的办件；其他办件由信用办催办",
          "A department head urges only the department's own cases; the credit office urges the others");
    }
  }

  private void mail(OpenTask task, String holderUser, List<String> holderGroups, CurrentUser caller, String note,
      Instant due) {
    Notification.Builder mail = Notification.of(NotificationType.TASK_URGED, task.caseNo())
        .with("taskName", task.task().getName()).with("urgedBy", open.name(caller.id()))
        .with("deadline", due == null ? "未设办理期限"
            : DeadlineKind.lastDayOf(due) + "（当日24:00止）" + (due.isAfter(clock.instant()) ? "" : "，已逾期"))
        .with("note", note == null ? "（无）" : note);
    List<String> users = new ArrayList<>();
    if (holderUser != null) {
      users.add(holderUser);
    } else {
      users.addAll(task.candidateUsers());
      holderGroups.forEach(mail::toGroup);
    }
    users.forEach(u -> open.user(u).map(User::getEmail).ifPresent(mail::to));
    notifications.queue(mail.build());
  }

  /** The urges sent to the caller (as a task's holder) or to one of their groups, the latest first. */
  List<Map<String, Object>> toMe(CurrentUser caller, int most) {
    return jdbc.query("SELECT case_no, task_id, task_name, urged_by, holder_user, holder_groups, note, urged_at"
        + " FROM task_urge WHERE holder_user = ?"
        + " OR (holder_user IS NULL AND holder_groups IS NOT NULL) ORDER BY id DESC FETCH FIRST " + SCAN + " ROWS ONLY",
        (rs, n) -> {
          String user = rs.getString("holder_user");
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("caseNo", rs.getString("case_no"));
          item.put("taskId", rs.getString("task_id"));
          item.put("taskName", rs.getString("task_name"));
          item.put("from", rs.getString("urged_by"));
          item.put("note", rs.getString("note"));
          item.put("at", rs.getObject("urged_at", OffsetDateTime.class));
          item.put("groups", rs.getString("holder_groups"));
          item.put("user", user);
          return item;
        }, caller.id()).stream().filter(row -> caller.id().equals(row.get("user")) || row.get("user") == null
            && List.of(((String) row.get("groups")).split(",")).stream().anyMatch(caller::isIn))
        .limit(most).map(row -> {
          Map<String, Object> item = new LinkedHashMap<>(row);
          item.remove("groups");
          item.remove("user");
          item.put("from", open.name((String) row.get("from")));
          item.put("open", open.find((String) row.get("taskId")).isPresent());
          return item;
        }).toList();
  }
}
