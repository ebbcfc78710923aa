package org.creditcommitment.casehistory;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a case's history.
 *
 * @param type what happened, e.g. {@code task.completed}, {@code decision.evaluated}, {@code deadline.fired}
 * @param label the same for officials, in Chinese
 * @param actor the user id, {@code system}, or null when the source does not say
 * @param source where the line comes from: {@code camunda} (engine history), {@code audit} (the hash-chained
 *     audit log), {@code outbox} (e-mail notifications), {@code credit} (credit query and push evidence)
 * @param activityId the BPMN element, when there is one
 * @param details everything else, as shown to the auditor
 */
public record TimelineEntry(Instant time, String type, String label, String actor, String source, String activityId,
    Map<String, Object> details) {}
