package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist lists tasks by due date, most urgent first: a task without a due date (a new application to notify) is
 * listed before tasks whose period runs out weeks ahead, on H2 and on PostgreSQL alike.
 */
class UndatedTasksFirstTest extends IntegrationTest {

  @Autowired TaskService taskService;

  private final String owner = "undated-" + UUID.randomUUID();

  @AfterEach
  void removeTasks() {
    taskService.createTaskQuery().taskAssignee(owner).list().forEach(t -> taskService.deleteTask(t.getId(), true));
  }

  @Test
  void anUndatedTaskSortsBeforeDatedOnesByDueDateAscendingAndAfterThemDescending() {
    Date now = Date.from(clock.instant());
    task("本周到期", new Date(now.getTime() + 3L * 24 * 3600 * 1000));
    task("三个月后到期", new Date(now.getTime() + 90L * 24 * 3600 * 1000));
    task("新办件（未定期限）", null);

    assertThat(names(taskService.createTaskQuery().taskAssignee(owner).orderByDueDate().asc().list()))
        .containsExactly("新办件（未定期限）", "本周到期", "三个月后到期");
    assertThat(names(taskService.createTaskQuery().taskAssignee(owner).orderByDueDate().desc().list()))
        .containsExactly("三个月后到期", "本周到期", "新办件（未定期限）");
    assertThat(names(taskService.createTaskQuery().taskAssignee(owner).orderByDueDate().asc().listPage(0, 2)))
        .as("the first page").containsExactly("新办件（未定期限）", "本周到期");
  }

  @Test
  void theOrderIsStatedInTheQueryOnlyWhereTheEngineSortsByDueDate() {
    assertThat(UndatedTasksFirst.DueDateOrder.undatedFirst("select distinct RES.* from ACT_RU_TASK RES"
        + " order by RES.DUE_DATE_ asc, RES.ID_ desc LIMIT 15 OFFSET 0"))
        .isEqualTo("select distinct RES.* from ACT_RU_TASK RES order by RES.DUE_DATE_ asc NULLS FIRST, RES.ID_ desc"
            + " LIMIT 15 OFFSET 0");
    assertThat(UndatedTasksFirst.DueDateOrder.undatedFirst("order by RES.DUE_DATE_ desc"))
        .isEqualTo("order by RES.DUE_DATE_ desc NULLS LAST");
    assertThat(UndatedTasksFirst.DueDateOrder.undatedFirst("order by RES.DUE_DATE_ asc NULLS LAST"))
        .isEqualTo("order by RES.DUE_DATE_ asc NULLS LAST");
    assertThat(UndatedTasksFirst.DueDateOrder.undatedFirst("order by RES.DUEDATE_ asc"))
        .isEqualTo("order by RES.DUEDATE_ asc");
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
