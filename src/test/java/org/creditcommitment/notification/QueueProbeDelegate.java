package org.creditcommitment.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A process step that queues the mail a test put here under the case's business key. */
public class QueueProbeDelegate implements JavaDelegate {

  static final Map<String, Notification> MAILS = new ConcurrentHashMap<>();
  static volatile Notifications notifications;

  @Override
  public void execute(DelegateExecution execution) {
    notifications.queue(MAILS.remove(execution.getBusinessKey()));
  }
}
