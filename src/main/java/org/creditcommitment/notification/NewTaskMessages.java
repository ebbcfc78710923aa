package org.creditcommitment.notification;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.creditcommitment.system.ClockConfig;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A short message to the officials a new task reached (its assignee, its candidate users and its candidate groups'
 * members), to those with a mobile number in {@link OfficialContacts}. The engine publishes each task event while it
 * creates the task, so the message is queued in the step's own transaction: a step rolled back queues nothing, and
 * the task's id in the dedup key keeps a repeated event from texting twice. Overdue tasks reach them through the
 * 期限提醒 and 超期督办 notices, which carry short texts too. {@code cc.sms.new-tasks: false} turns this off.
 */
@Component
class NewTaskMessages {

  private final Notifications notifications;
  private final ShortMessageProperties properties;

  NewTaskMessages(Notifications notifications, ShortMessageProperties properties) {
    this.notifications = notifications;
    this.properties = properties;
  }

  @EventListener
  void created(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    String caseNo = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (!properties.newTasks() || caseNo == null || caseNo.isBlank() || caseNo.length() > Notifications.MAX_CASE_NO) {
      return;
    }
    Notification.Builder message = Notification.of(NotificationType.TASK_CREATED, caseNo)
        .only(NotificationChannel.SMS)
        .with("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName())
        .with("deadline", task.getDueDate() == null ? "未设期限"
            : LocalDate.ofInstant(task.getDueDate().toInstant(), ClockConfig.ZONE))
        .dedupKey("task:" + task.getId() + ":" + TaskListener.EVENTNAME_CREATE);
    if (task.getAssignee() != null) {
      message.toUser(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        message.toGroup(link.getGroupId());
      } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
        message.toUser(link.getUserId());
      }
    }
    Notification built = message.build();
    if (!built.users().isEmpty() || !built.groups().isEmpty()) {
      notifications.queue(built);
    }
  }
}
