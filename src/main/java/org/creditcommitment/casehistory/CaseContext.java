package org.creditcommitment.casehistory;

import org.creditcommitment.audit.AuditLog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the business view of one case needs to know across its timeline lines: a task's name where only its
 * id is logged, the BPMN element a message arrived at, the process data a message brought, the failures of a
 * job, the outcome of a mail, and who the people are.
 */
final class CaseContext {

  private final Function<String, BusinessEvent.Actor> actors;
  private final CaseModel model;
  private final String submitter;
  private final Map<String, String> activityNames = new HashMap<>();
  private final Map<String, Map<String, Object>> tasks = new HashMap<>();
  private final List<TimelineEntry> variableUpdates = new ArrayList<>();
  private final Map<String, List<TimelineEntry>> jobFailures = new HashMap<>();
  private final Map<String, List<TimelineEntry>> mailOutcomes = new HashMap<>();
  private final Map<String, String> messageElements = new HashMap<>();
  private final Set<String> types = new HashSet<>();
  /** Applicant-side messages as the audit log records them: message name → who delivered it, when. */
  private final Map<String, List<TimelineEntry>> messageSenders = new HashMap<>();
  /** Events that interrupt a waiting task (boundary events, a terminating end), by when they were entered. */
  private final List<TimelineEntry> interruptions = new ArrayList<>();
  /** What a module that keeps it on its row says the application was filed with (CaseSource#application). */
  private final Map<String, Object> application;

  CaseContext(List<TimelineEntry> entries, Function<String, BusinessEvent.Actor> actors, CaseModel model,
      String submitter, Map<String, Object> application) {
    this.application = application;
    this.actors = actors;
    this.model = model;
    this.submitter = submitter;
    for (TimelineEntry e : entries) {
      types.add(e.type());
      Map<String, Object> d = e.details() == null ? Map.of() : e.details();
      switch (e.type()) {
        case "activity.started" -> {
          if (e.activityId() != null && d.get("name") != null) {
            activityNames.putIfAbsent(e.activityId(), d.get("name").toString());
          }
          String activityType = String.valueOf(d.get("activityType"));
          if (activityType.startsWith("boundary") || activityType.contains("EndEvent")) {
            interruptions.add(e);
          }
        }
        case "task.created" -> tasks.put(String.valueOf(d.get("taskId")), d);
        case "variables.updated" -> variableUpdates.add(e);
        case "job.failed" -> jobFailures.computeIfAbsent(String.valueOf(d.get("jobId")), k -> new ArrayList<>()).add(e);
        case "notification.sent", "notification.failed" -> mailOutcomes
            .computeIfAbsent(String.valueOf(d.get("notificationId")), k -> new ArrayList<>()).add(e);
        case "message.received", "withdrawal" -> {
          if (d.get("message") != null && e.activityId() != null) {
            messageElements.putIfAbsent(d.get("message").toString(), e.activityId());
          }
        }
        case AuditLog.APPLICANT_MESSAGE -> messageSenders.computeIfAbsent(String.valueOf(d.get("message")),
            k -> new ArrayList<>()).add(e);
        default -> { }
      }
    }
  }

  /**
   * Why a task was withdrawn from the officials' lists: the event entered as it ended (a deadline's timer, the
   * applicant's withdrawal, another path's end), by the name the model gives it; null when none is known.
   */
  TimelineEntry interruption(Instant taskEnded) {
    if (taskEnded == null) {
      return null;
    }
    return interruptions.stream().filter(e -> e.time() != null
            && Duration.between(taskEnded, e.time()).abs().compareTo(Duration.ofSeconds(2)) <= 0)
        .min(java.util.Comparator.comparing(e -> Duration.between(taskEnded, e.time()).abs())).orElse(null);
  }

  /** The message that arrived at this element, or null. */
  String messageOf(String activityId) {
    return messageElements.entrySet().stream().filter(m -> m.getValue().equals(activityId)).map(Map.Entry::getKey)
        .findFirst().orElse(null);
  }

  /** Who delivered this message to the case: the audit record closest in time to its arrival, or null. */
  BusinessEvent.Actor messageSender(String message, java.time.Instant received) {
    return messageSenders.getOrDefault(message, List.of()).stream().filter(e -> e.time() != null && received != null)
        .min(java.util.Comparator.comparing(e -> java.time.Duration.between(e.time(), received).abs()))
        .map(e -> actors.apply(e.actor())).orElse(null);
  }

  /** What the applicant stated with this message (reason, materials, description), from the same audit record. */
  Map<String, Object> messageStatement(String message, java.time.Instant received) {
    return messageSenders.getOrDefault(message, List.of()).stream().filter(e -> e.time() != null && received != null)
        .min(java.util.Comparator.comparing(e -> java.time.Duration.between(e.time(), received).abs()))
        .map(e -> e.details() == null ? Map.<String, Object>of() : e.details()).orElse(Map.of());
  }

  BusinessEvent.Actor actor(String id) {
    return actors.apply(id);
  }

  /** The actor's name, for values that hold a login id (the officer a listener recorded). */
  String actorName(Object id) {
    BusinessEvent.Actor actor = id == null ? null : actors.apply(id.toString());
    return actor == null ? null : actor.name();
  }

  CaseModel model() {
    return model;
  }

  Map<String, Object> application() {
    return application;
  }

  /** Who submitted the application, as the case table records it; null for processes without one. */
  String submitter() {
    return submitter;
  }

  boolean has(String type) {
    return types.contains(type);
  }

  /**
   * The element's name. A step that failed before it ever completed (an asynchronous step with an open
   * incident) has no history yet, so the model names it.
   */
  String activityName(String activityId) {
    String name = activityNames.get(activityId);
    if (name == null && activityId != null) {
      name = model.names().get(activityId);
    }
    return name != null ? name : activityId;
  }

  /** The element when the case passed it, else null: a guessed element would mislead on the diagram. */
  String passed(String activityId) {
    return activityId != null && activityNames.containsKey(activityId) ? activityId : null;
  }

  Map<String, Object> task(Object taskId) {
    return taskId == null ? Map.of() : tasks.getOrDefault(taskId.toString(), Map.of());
  }

  List<TimelineEntry> jobFailures(Object jobId) {
    return jobId == null ? List.of() : jobFailures.getOrDefault(jobId.toString(), List.of());
  }

  List<TimelineEntry> mailOutcomes(Object notificationId) {
    return notificationId == null ? List.of() : mailOutcomes.getOrDefault(notificationId.toString(), List.of());
  }

  String messageElement(String message) {
    return messageElements.get(message);
  }

  /** The first process data written that holds any of these names: the data a case started with. */
  Map<String, Object> firstVariablesWithAny(List<String> names) {
    for (TimelineEntry update : variableUpdates) {
      Map<String, Object> values = variables(update);
      if (names.stream().anyMatch(values::containsKey)) {
        return values;
      }
    }
    return Map.of();
  }

  /** The value written closest in time to {@code time}: what a message or end event brought with it. */
  Object variableNear(String name, Instant time) {
    Object value = null;
    long best = Long.MAX_VALUE;
    for (TimelineEntry update : variableUpdates) {
      Map<String, Object> values = variables(update);
      if (!values.containsKey(name) || update.time() == null || time == null) {
        continue;
      }
      long distance = Math.abs(Duration.between(update.time(), time).toMillis());
      if (distance < best) {
        best = distance;
        value = values.get(name);
      }
    }
    return value;
  }

  /** The last value written for {@code name} outside user tasks. */
  Object lastVariable(String name) {
    Object value = null;
    for (TimelineEntry update : variableUpdates) {
      Map<String, Object> values = variables(update);
      if (values.containsKey(name)) {
        value = values.get(name);
      }
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(TimelineEntry update) {
    Object values = update.details() == null ? null : update.details().get("variables");
    return values instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
