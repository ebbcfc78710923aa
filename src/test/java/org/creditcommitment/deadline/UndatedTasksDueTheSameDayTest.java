package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist lists tasks by due date, most urgent first: a task no period runs for (a new application to notify, a
 * system check) is due at the end of the working day it is created, so it is listed with today's work, before tasks
 * whose period runs out weeks ahead, on H2 and on PostgreSQL alike, through the engine's public API alone.
 */
class UndatedTasksDueTheSameDayTest extends IntegrationTest {

  /** Tuesday 8 December 2026, 10:00 in Beijing: a working day. */
  private static final Instant TUESDAY_MORNING = OffsetDateTime.parse("2026-12-08T10:00:00+08:00").toInstant();
  private static final Date END_OF_TUESDAY = Date.from(OffsetDateTime.parse("2026-12-09T00:00:00+08:00").toInstant());
  /** Saturday 12 December 2026: the next working day is Monday the 14th. */
  private static final Instant SATURDAY = OffsetDateTime.parse("2026-12-12T10:00:00+08:00").toInstant();
  private static final Date END_OF_MONDAY = Date.from(OffsetDateTime.parse("2026-12-15T00:00:00+08:00").toInstant());

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired OpenUndatedTasks openUndatedTasks;

  private final String owner = "undated-" + UUID.randomUUID();
  private ProcessInstance check;

  @BeforeEach
  void onATuesdayMorning() {
    clock.setInstant(TUESDAY_MORNING);
  }

  @AfterEach
  void removeTasks() {
    if (check != null && runtimeService.createProcessInstanceQuery().processInstanceId(check.getId()).count() > 0) {
      runtimeService.deleteProcessInstance(check.getId(), "test over");
    }
    taskService.createTaskQuery().taskAssignee(owner).list().stream().filter(t -> t.getProcessInstanceId() == null)
        .forEach(t -> taskService.deleteTask(t.getId(), true));
    clock.reset();
  }

  @Test
  void aTaskWhoseModelGivesNoDueDateIsDueAtTheEndOfTheWorkingDayItIsCreatedAndSortsBeforeLaterOnes() {
    task("本周到期", new Date(TUESDAY_MORNING.toEpochMilli() + 3L * 24 * 3600 * 1000));
    task("三个月后到期", new Date(TUESDAY_MORNING.toEpochMilli() + 90L * 24 * 3600 * 1000));
    Task undated = systemCheckTask();
    assertThat(undated.getDueDate()).isEqualTo(END_OF_TUESDAY);
    taskService.setAssignee(undated.getId(), owner);

    assertThat(names(taskService.createTaskQuery().taskAssignee(owner).orderByDueDate().asc().list()))
        .containsExactly("确认系统可用", "本周到期", "三个月后到期");
    assertThat(names(taskService.createTaskQuery().taskAssignee(owner).orderByDueDate().desc().list()))
        .containsExactly("三个月后到期", "本周到期", "确认系统可用");
    assertThat(names(taskService.createTaskQuery().taskAssignee(owner).orderByDueDate().asc().listPage(0, 2)))
        .as("the first page").containsExactly("确认系统可用", "本周到期");
  }

  @Test
  void aTaskCreatedOnADayOffIsDueAtTheEndOfTheNextWorkingDay() {
    clock.setInstant(SATURDAY);

    assertThat(systemCheckTask().getDueDate()).isEqualTo(END_OF_MONDAY);
  }

  @Test
  void anOpenTaskLeftWithoutADueDateBeforeTheUpgradeIsDueTheSameWorkingDayAfterTheStart() {
    task("升级前的新办件", null);

    openUndatedTasks.dateOpenTasks();

    assertThat(taskService.createTaskQuery().taskAssignee(owner).singleResult().getDueDate())
        .isEqualTo(END_OF_TUESDAY);
    assertThat(taskService.createTaskQuery().taskAssignee(owner).withoutDueDate().count()).isZero();
  }

  private Task systemCheckTask() {
    check = runtimeService.startProcessInstanceByKey("system-check", "CHECK-" + UUID.randomUUID());
    return taskService.createTaskQuery().processInstanceId(check.getId()).singleResult();
  }

  private void task(String name, Date due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setAssignee(owner);
    task.setDueDate(due);
    taskService.saveTask(task);
  }

  private static List<String> names(List<Task> tasks) {
    return tasks.stream().map(Task::getName).toList();
  }
}
