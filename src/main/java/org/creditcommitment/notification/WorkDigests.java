package org.creditcommitment.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.security.UserNames;
import org.creditcommitment.system.ClockConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办工作日报: an official may choose a mail, once a working day, of the tasks that reached their groups (or them)
 * in the last day and of those past their deadline. Officials who have not chosen it get none; a day with nothing
 * new and nothing overdue sends nothing. Each mail is queued once per official and day (its dedup key), so a job
 * run twice, or on two nodes, mails once.
 */
@Service
class WorkDigests {

  /** More lines than this per list are summed up: the mail points to Tasklist, it does not replace it. */
  static final int MOST_LINES = 30;

  private final JdbcTemplate jdbc;
  private final Notifications notifications;
  private final IdentityService identity;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  WorkDigests(JdbcTemplate jdbc, Notifications notifications, IdentityService identity, TaskService tasks,
      RuntimeService runtime, WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.identity = identity;
    this.tasks = tasks;
    this.runtime = runtime;
    this.clock = clock;
  }

  public boolean isSubscribed(String userId) {
    return !jdbc.queryForList("SELECT user_id FROM work_digest_subscription WHERE user_id = ?", String.class, userId)
        .isEmpty();
  }

  @Transactional
  public void subscribe(String userId, boolean subscribed) {
    jdbc.update("DELETE FROM work_digest_subscription WHERE user_id = ?", userId);
    if (subscribed) {
      jdbc.update("INSERT INTO work_digest_subscription (user_id, subscribed_at) VALUES (?, ?)", userId,
          OffsetDateTime.now(clock));
    }
  }

  /** The daily job: on a working day (by the official calendar), today's digests; on other days none. */
  @Transactional
  public int sendOnWorkingDay() {
    return calendar.isWorkingDay(LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE)) ? sendAll() : 0;
  }

  /** Queues today's digest for every subscriber who has something new or overdue; returns how many were queued. */
  @Transactional
  public int sendAll() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ClockConfig.ZONE);
    int queued = 0;
    for (String userId : jdbc.queryForList("SELECT user_id FROM work_digest_subscription ORDER BY user_id",
        String.class)) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      List<Task> open = openTasksOf(userId);
      List<Task> fresh = open.stream().filter(t -> t.getCreateTime().toInstant().isAfter(now.minus(Duration.ofDays(1))))
          .toList();
      List<Task> overdue = open.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now))
          .toList();
      if (fresh.isEmpty() && overdue.isEmpty()) {
        continue;
      }
      Map<String, String> keys = businessKeys(open);
      notifications.queue(Notification.of(NotificationType.WORK_DIGEST, "WD-" + today + "-" + userId)
          .to(user.getEmail()).with("userName", UserNames.display(user, userId)).with("date", today)
          .with("newTasks", lines(fresh, keys)).with("overdueTasks", lines(overdue, keys))
          .dedupKey("work-digest:" + userId + ":" + today).build());
      queued++;
    }
    return queued;
  }

  /** The open tasks of the official's groups and those assigned to them, each once. */
  private List<Task> openTasksOf(String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    Map<String, Task> byId = new LinkedHashMap<>();
    if (!groups.isEmpty()) {
      tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().active().list()
          .forEach(t -> byId.put(t.getId(), t));
    }
    tasks.createTaskQuery().taskAssignee(userId).active().list().forEach(t -> byId.put(t.getId(), t));
    return new ArrayList<>(byId.values());
  }

  private Map<String, String> businessKeys(Collection<Task> open) {
    Set<String> ids = open.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
        .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  /** One line per task: its name, its business key and its deadline's last day, the most urgent first. */
  private static String lines(List<Task> list, Map<String, String> keys) {
    if (list.isEmpty()) {
      return "（无）";
    }
    List<Task> sorted = list.stream().sorted((a, b) -> {
      Date da = a.getDueDate();
      Date db = b.getDueDate();
      return da == null ? (db == null ? 0 : 1) : db == null ? -1 : da.compareTo(db);
    }).toList();
    StringBuilder text = new StringBuilder();
    sorted.stream().limit(MOST_LINES).forEach(t -> text.append("· ").append(t.getName())
        .append("（").append(keys.getOrDefault(t.getProcessInstanceId(), "—")).append("）")
        .append(t.getDueDate() == null ? "，无办理期限"
            : "，期限 " + MailValues.format("due", DeadlineKind.lastDayOf(t.getDueDate().toInstant())) + "（当日24:00止）")
        .append('\n'));
    if (sorted.size() > MOST_LINES) {
      text.append("……另有 ").append(sorted.size() - MOST_LINES).append(" 项，请在任务列表中查看\n");
    }
    return text.toString().stripTrailing();
  }
}
