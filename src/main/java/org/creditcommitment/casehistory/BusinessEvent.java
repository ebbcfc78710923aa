package org.creditcommitment.casehistory;

import java.time.Instant;
import java.util.List;

/**
 * One step of a case as an auditor reads it: who did what, when, with what result. The engine keeps several
 * lines for one such step (activity entered and left, task created and completed, variables written); the
 * business view has one.
 *
 * @param kind the timeline entry type the event was made from, e.g. {@code task.completed}
 * @param title what happened, in Chinese, e.g. 完成「作出行政决定」：准予许可
 * @param actor who did it; null when no source records it
 * @param activityId the BPMN element, to find it on the diagram
 * @param source where the line comes from, as in {@link TimelineEntry#source()}
 * @param fields the facts of the step, labelled and formatted for display
 */
public record BusinessEvent(Instant time, String kind, String title, Actor actor, String activityId, String source,
    List<Field> fields) {

  /** @param role the Chinese role, null for the system and the portal */
  public record Actor(String id, String name, String role) {}

  /** @param href where the value can be read (an evidence file's download); left out when there is none */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Field(String label, String value, String href) {

    public Field(String label, String value) {
      this(label, value, null);
    }
  }
}
