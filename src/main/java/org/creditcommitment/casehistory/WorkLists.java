package org.creditcommitment.casehistory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.CaseListing;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.Cases;
import org.creditcommitment.commitment.EndState;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.springframework.stereotype.Service;

/**
 * An official's own lists, which Tasklist (open tasks only) lacks: the cases I acted on (已办), from what I submitted
 * at each task, and my departments' running cases (本部门办件) by stage and by how near their open tasks are to their
 * deadline. Facts come from the case record and the module read APIs; the stage is the case's open tasks. Both lists
 * hold only what the caller reads through {@link CaseScope}.
 */
@Service
class WorkLists {

  static final int MAX_SIZE = 100;
  /** How many of an official's latest submissions, and of a department's running cases, a list looks through. */
  static final int SCAN = 500;
  static final int MAX_DUE_WITHIN = 366;
  static final int MAX_QUERY = 100;
  /** The groups that read a case's timeline ({@code /api/cases/{no}/history}); others get no link to it. */
  static final List<String> TIMELINE_READERS = List.of(Groups.AUDITOR, Groups.CREDIT_OFFICE, Groups.ADMIN);

  /**
   * A case as the lists show it; {@code dueDate} is the last day of its nearest open task (当日24:00止); {@code tasks}
   * its open tasks, which a department head or the credit office may urge (催办) from the page.
   */
  record Row(String caseNo, String applicantCode, String applicantName, String itemCode, String itemName,
      String department, String departmentName, String state, List<String> stage, LocalDate dueDate,
      boolean overdue, String lastAction, OffsetDateTime actedAt, String documentsUrl, String timelineUrl,
      List<OpenStep> tasks) {}

  /** An open task of a listed case: its engine id and name. */
  record OpenStep(String id, String name) {}

  /** A stage to filter by: an open task's key and name. */
  record Stage(String key, String name) {}

  record Page(int page, int size, long total, List<Row> items, List<Stage> stages) {}

  private final FormSubmissions submissions;
  private final CaseListing listing;
  private final Cases cases;
  private final Catalogue catalogue;
  private final CaseScope scope;
  private final TaskService tasks;
  private final IdentityService identity;
  private final TaskNames taskNames;
  private final Clock clock;

  WorkLists(FormSubmissions submissions, CaseListing listing, Cases cases, Catalogue catalogue, CaseScope scope,
      TaskService tasks, IdentityService identity, TaskNames taskNames, Clock clock) {
    this.submissions = submissions;
    this.listing = listing;
    this.cases = cases;
    this.catalogue = catalogue;
    this.scope = scope;
    this.tasks = tasks;
    this.identity = identity;
    this.taskNames = taskNames;
    this.clock = clock;
  }

  /** The cases the caller completed a task of, the latest action first. */
  Page done(CurrentUser caller, String q, int page, int size) {
    checkPage(page, size);
    String text = text(q);
    Map<String, FormSubmissions.Acted> latest = new LinkedHashMap<>();
    for (FormSubmissions.Acted acted : submissions.actedBy(caller.id(), SCAN)) {
      latest.putIfAbsent(acted.businessKey(), acted);
    }
    List<Row> rows = new ArrayList<>();
    for (FormSubmissions.Acted acted : latest.values()) {
      if (!scope.mayRead(acted.businessKey(), caller)) {
        continue;
      }
      Optional<CaseRecord> record = cases.find(acted.businessKey());
      if (text != null && !matches(acted.businessKey(), record, text)) {
        continue;
      }
      String lastAction = taskNames.name(acted.taskKey());
      rows.add(record.map(r -> row(r, List.of(), null, false, lastAction, acted.at(), caller))
          .orElseGet(() -> new Row(acted.businessKey(), null, null, null, null, null, null, null, List.of(), null,
              false, lastAction, acted.at(), documentsUrl(acted.businessKey()),
              timelineUrl(acted.businessKey(), caller), List.of())));
    }
    return page(rows, page, size, List.of());
  }

  /**
   * The running cases of the caller's departments (or of {@code department}, one of them), the nearest deadline
   * first.
   *
   * @param stage an open task's key (null: any)
   * @param overdue true: only cases with an open task past its deadline
   * @param dueWithin only cases with an open task due within this many days from today, not yet overdue
   */
  Page department(CurrentUser caller, String department, String stage, Boolean overdue, Integer dueWithin, String q,
      int page, int size) {
    checkPage(page, size);
    if (dueWithin != null && (dueWithin < 0 || dueWithin > MAX_DUE_WITHIN)) {
      throw ApiException.badRequest("invalid-due-within", "到期天数须在 0 到 " + MAX_DUE_WITHIN + " 之间",
          "dueWithin must be between 0 and " + MAX_DUE_WITHIN);
    }
    String text = text(q);
    Collection<String> departments = departments(caller, department);
    List<String> items = text == null ? List.of() : catalogue.all().stream()
        .filter(i -> i.name().contains(text)).map(ServiceItem::code).toList();
    List<CaseRecord> running = listing.running(departments, text, items, SCAN);
    Map<String, List<Task>> open = openTasks(running);
    Instant now = clock.instant();
    LocalDate lastDay = dueWithin == null ? null : LocalDate.now(clock.withZone(ClockConfig.ZONE)).plusDays(dueWithin);
    Map<String, Stage> stages = new TreeMap<>();
    List<Row> rows = new ArrayList<>();
    for (CaseRecord c : running) {
      if (!scope.mayRead(c.caseNo(), caller)) {
        continue;
      }
      List<Task> its = open.getOrDefault(c.processInstanceId(), List.of());
      its.forEach(t -> stages.putIfAbsent(t.getTaskDefinitionKey(), new Stage(t.getTaskDefinitionKey(), t.getName())));
      if (stage != null && !stage.isBlank() && its.stream().noneMatch(t -> stage.equals(t.getTaskDefinitionKey()))) {
        continue;
      }
      Instant due = its.stream().map(Task::getDueDate).filter(d -> d != null).map(java.util.Date::toInstant)
          .min(Comparator.naturalOrder()).orElse(null);
      boolean late = due != null && !due.isAfter(now);
      if (Boolean.TRUE.equals(overdue) && !late || Boolean.FALSE.equals(overdue) && late) {
        continue;
      }
      if (lastDay != null && (due == null || late || DeadlineKind.lastDayOf(due).isAfter(lastDay))) {
        continue;
      }
      rows.add(row(c, its, due, late, null, null, caller));
    }
    rows.sort(Comparator.comparing(Row::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
    return page(rows, page, size, List.copyOf(stages.values()));
  }

  private Collection<String> departments(CurrentUser caller, String department) {
    Optional<Set<String>> mine = scope.departments(caller);
    if (department == null || department.isBlank()) {
      return mine.orElse(null);
    }
    String code = department.trim();
    if (!catalogue.departments().containsKey(code)) {
      throw ApiException.badRequest("unknown-department", "未知的部门「" + code + "」", "Unknown department '" + code
          + "'");
    }
    if (mine.isPresent() && !mine.get().contains(code)) {
      throw ApiException.forbidden("not-own-department", "只能查看本部门的办件", "Only your own departments' cases");
    }
    return List.of(code);
  }

  private Map<String, List<Task>> openTasks(List<CaseRecord> running) {
    Map<String, List<Task>> byInstance = new LinkedHashMap<>();
    if (running.isEmpty()) {
      return byInstance;
    }
    String[] ids = running.stream().map(CaseRecord::processInstanceId).toArray(String[]::new);
    // the caller may read these cases (their scope), not necessarily every task of them in the engine's terms
    SystemCall.run(identity, () -> tasks.createTaskQuery().processInstanceIdIn(ids).list())
        .forEach(t -> byInstance.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>()).add(t));
    return byInstance;
  }

  private Row row(CaseRecord c, List<Task> open, Instant due, boolean overdue, String lastAction,
      OffsetDateTime actedAt, CurrentUser caller) {
    String itemName = catalogue.find(c.itemCode()).map(ServiceItem::name).orElse(c.itemCode());
    String state = c.endState() == null ? "办理中" : EndState.valueOf(c.endState()).label();
    List<String> stage = open.stream().map(Task::getName).distinct().toList();
    return new Row(c.caseNo(), c.applicantCode(), c.applicantName(), c.itemCode(), itemName, c.department(),
        catalogue.departments().getOrDefault(c.department(), c.department()), state, stage,
        due == null ? null : DeadlineKind.lastDayOf(due), overdue, lastAction, actedAt, documentsUrl(c.caseNo()),
        timelineUrl(c.caseNo(), caller), open.stream().map(t -> new OpenStep(t.getId(), t.getName())).toList());
  }

  private boolean matches(String key, Optional<CaseRecord> record, String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (key.equalsIgnoreCase(text)) {
      return true;
    }
    return record.map(r -> upper.equals(r.applicantCode())
        || r.applicantName() != null && r.applicantName().contains(text)
        || upper.equals(r.itemCode())
        || catalogue.find(r.itemCode()).map(i -> i.name().contains(text)).orElse(false)).orElse(false);
  }

  private static String documentsUrl(String key) {
    return "/documents/?caseNo=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  private static String timelineUrl(String key, CurrentUser caller) {
    return TIMELINE_READERS.stream().anyMatch(caller::isIn)
        ? "/audit/#/case/" + URLEncoder.encode(key, StandardCharsets.UTF_8) : null;
  }

  private static String text(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    String text = q.trim();
    if (text.length() > MAX_QUERY) {
      throw ApiException.badRequest("invalid-query", "查询内容最多 " + MAX_QUERY + " 个字符",
          "q must be at most " + MAX_QUERY + " characters");
    }
    return text;
  }

  private static void checkPage(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw ApiException.badRequest("invalid-page", "页码须不小于 0，每页条数须在 1 到 " + MAX_SIZE + " 之间",
          "page must be 0 or more and size between 1 and " + MAX_SIZE);
    }
  }

  private static Page page(List<Row> rows, int page, int size, List<Stage> stages) {
    long from = Math.min((long) page * size, rows.size());
    long to = Math.min(from + size, rows.size());
    return new Page(page, size, rows.size(), rows.subList((int) from, (int) to), stages);
  }
}
