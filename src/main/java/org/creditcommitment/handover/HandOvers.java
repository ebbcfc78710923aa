package org.creditcommitment.handover;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办, 委派 and 办毕交回. Whoever holds a task (its assignee; or, while nobody holds it, any of its candidates) may hand
 * it to a colleague who is a candidate of the task too (offered it by name or a member of one of its groups), never to
 * anyone else: the task's model names who may decide it. Every hand-over gives a reason, and the case keeps who handed
 * which task to whom, when and why ({@code task_handover}) in the same transaction as the engine's change, so a
 * refused or failed hand-over leaves neither.
 */
@Service
class HandOvers {

  enum Kind { TRANSFER, DELEGATION, RESOLUTION }

  private final OpenTasks open;
  private final TaskService tasks;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  HandOvers(OpenTasks open, TaskService tasks, IdentityService identity, JdbcTemplate jdbc, Clock clock) {
    this.open = open;
    this.tasks = tasks;
    this.identity = identity;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** 转办: the colleague holds the task from now on; the caller no longer does. */
  @Transactional
  public Map<String, Object> transfer(String taskId, HandOverRequests.HandOver body, CurrentUser caller) {
    String toUser = Texts.id("toUser", body == null ? null : body.toUser());
    String reason = Texts.required("reason", body == null ? null : body.reason(), "请写明转办理由",
        "A transfer needs a reason");
    OpenTask task = heldBy(taskId, caller);
    colleague(task, toUser, caller);
    SystemCall.run(identity, () -> {
      tasks.setAssignee(task.id(), toUser);
      return null;
    });
    return record(task, Kind.TRANSFER, caller.id(), task.assignee() == null ? caller.id() : task.assignee(), toUser,
        reason);
  }

  /**
   * 委派: the colleague works on the task and hands it back; the caller stays its owner and completes it. A task nobody
   * holds is taken by the caller first, so that it comes back to them.
   */
  @Transactional
  public Map<String, Object> delegate(String taskId, HandOverRequests.HandOver body, CurrentUser caller) {
    String toUser = Texts.id("toUser", body == null ? null : body.toUser());
    String reason = Texts.required("reason", body == null ? null : body.reason(), "请写明委派理由",
        "A delegation needs a reason");
    OpenTask task = heldBy(taskId, caller);
    colleague(task, toUser, caller);
    SystemCall.run(identity, () -> {
      if (task.assignee() == null) {
        tasks.setAssignee(task.id(), caller.id());
      }
      // it comes back to the caller, whoever an earlier delegation returned it to
      tasks.setOwner(task.id(), caller.id());
      tasks.delegateTask(task.id(), toUser);
      return null;
    });
    return record(task, Kind.DELEGATION, caller.id(), caller.id(), toUser, reason);
  }

  /** 办毕交回: the colleague a task was delegated to hands it back to its owner. */
  @Transactional
  public Map<String, Object> resolve(String taskId, HandOverRequests.Note body, CurrentUser caller) {
    String note = Texts.optional("note", body == null ? null : body.note());
    OpenTask task = open.find(taskId).orElseThrow(() -> OpenTasks.unknown(taskId));
    if (!task.delegated() || !caller.id().equals(task.assignee())) {
      throw ApiException.conflict("not-delegated-to-you", "该任务不是委派给您协办的任务，无需交回",
          "This task is not delegated to you");
    }
    String owner = task.task().getOwner();
    SystemCall.run(identity, () -> {
      tasks.resolveTask(task.id());
      return null;
    });
    return record(task, Kind.RESOLUTION, caller.id(), caller.id(), owner, note);
  }

  /**
   * What the task's page offers the caller: whether they may hand it over (and to which colleagues) or hand it back,
   * and whom they may send its case to. A task the caller neither holds nor is offered is unknown (404).
   */
  public Map<String, Object> offer(String taskId, CurrentUser caller) {
    OpenTask task = open.find(taskId).orElseThrow(() -> OpenTasks.unknown(taskId));
    boolean holder = caller.id().equals(task.assignee());
    if (!holder && !task.offeredTo(caller.id(), Set.copyOf(caller.groups()))) {
      throw OpenTasks.unknown(taskId);
    }
    boolean mayHandOver = !task.delegated() && (holder || task.assignee() == null);
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("taskId", task.id());
    offer.put("caseNo", task.caseNo());
    offer.put("taskName", task.task().getName());
    offer.put("mayHandOver", mayHandOver);
    offer.put("mayResolve", task.delegated() && holder);
    offer.put("owner", task.task().getOwner() == null ? null : open.name(task.task().getOwner()));
    offer.put("colleagues", mayHandOver ? open.colleagues(task, caller.id()) : java.util.List.of());
    return offer;
  }

  /**
   * The task as its holder sees it: a task the caller neither holds nor is offered is answered as unknown (as a case
   * outside one's scope is), one a colleague holds is refused.
   */
  private OpenTask heldBy(String taskId, CurrentUser caller) {
    OpenTask task = open.find(taskId).orElseThrow(() -> OpenTasks.unknown(taskId));
    boolean holder = caller.id().equals(task.assignee());
    boolean offered = task.offeredTo(caller.id(), Set.copyOf(caller.groups()));
    if (!holder && !offered) {
      throw OpenTasks.unknown(taskId);
    }
    if (!holder && task.assignee() != null) {
      throw ApiException.forbidden("not-holder", "该任务已由他人认领，只有办理人可以转办或委派",
          "Another official holds this task: only its holder hands it over");
    }
    if (task.delegated()) {
      throw ApiException.conflict("delegation-pending", "该任务正在委派协办中，须先由协办人办毕交回",
          "This task is delegated: it must be handed back first");
    }
    return task;
  }

  /** The colleague must be another official offered this task. */
  private void colleague(OpenTask task, String toUser, CurrentUser caller) {
    if (toUser == null) {
      throw ApiException.badRequest("toUser-required", "请选择接收任务的同事", "Name the colleague (toUser)");
    }
    if (toUser.equals(caller.id()) || toUser.equals(task.assignee())) {
      throw ApiException.badRequest("same-holder", "不能转交给当前办理人本人", "The task already is with this official");
    }
    if (open.user(toUser).isEmpty() || !task.offeredTo(toUser, open.groupsOf(toUser))) {
      throw ApiException.forbidden("not-a-candidate", "用户「" + toUser + "」不是该任务的候选办理人，只能转交给本任务候选岗位的同事",
          "User '" + toUser + "' is not a candidate of this task");
    }
  }

  private Map<String, Object> record(OpenTask task, Kind kind, String actedBy, String fromUser, String toUser,
      String reason) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO task_handover (case_no, task_id, task_key, task_name, kind, acted_by, from_user, to_user,"
        + " reason, handed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", task.caseNo(), task.id(),
        task.task().getTaskDefinitionKey(), task.task().getName(), kind.name(), actedBy, fromUser, toUser, reason, now);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("taskId", task.id());
    result.put("caseNo", task.caseNo());
    result.put("taskName", task.task().getName());
    result.put("kind", kind.name());
    result.put("fromUser", fromUser);
    result.put("toUser", toUser);
    result.put("toUserName", open.name(toUser));
    result.put("reason", reason);
    result.put("handedAt", now);
    return result;
  }
}
