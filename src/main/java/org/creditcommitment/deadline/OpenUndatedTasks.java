package org.creditcommitment.deadline;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, an open task created undated before {@link UndatedTasksDueTheSameDay} existed (a new application to
 * notify, a re-inspection, ...) gets the due date it would get today ({@link SameDayDueDate}), through the engine's
 * public task API, so it is listed with today's work instead of where the database puts "no date". Only tasks still
 * without a date are changed, one by one: a second start, or a node starting beside another, finds nothing to do
 * for a task already dated. Tasks of a suspended process instance are left as they are until it resumes (the engine
 * refuses to change them), and so are tasks whose deadline stands still.
 */
@Component
class OpenUndatedTasks {

  private static final Logger log = LoggerFactory.getLogger(OpenUndatedTasks.class);

  private final TaskService tasks;
  private final SameDayDueDate rule;

  OpenUndatedTasks(TaskService tasks, SameDayDueDate rule) {
    this.tasks = tasks;
    this.rule = rule;
  }

  @EventListener(ApplicationReadyEvent.class)
  public int dateOpenTasks() {
    int dated = 0;
    for (Task task : tasks.createTaskQuery().withoutDueDate().active().list()) {
      Date due = rule.forTaskCreatedNow(task.getProcessInstanceId());
      if (due == null) {
        continue;
      }
      try {
        task.setDueDate(due);
        tasks.saveTask(task);
        dated++;
      } catch (ProcessEngineException e) {
        // completed or dated meanwhile (another node starting), or its instance suspended: nothing to fix, and the
        // application starts all the same
        log.warn("Open task {} left without a due date: {}", task.getId(), e.getMessage());
      }
    }
    if (dated > 0) {
      log.info("{} open tasks without a due date are now due at the end of the working day", dated);
    }
    return dated;
  }
}
