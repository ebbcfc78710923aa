package org.creditcommitment.deadline;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who is reminded before a deadline of a kind passes. Officers are mailed by the notification module from this
 * declaration; a reminder that needs the case's own facts (the applicant's missing materials) is mailed by the
 * module that owns the case, and the declaration says so.
 *
 * @param description who, for the documentation
 * @param group the officers' group for a business key; empty when no officer is reminded
 * @param taskName what the officers are reminded to do, in Chinese; null when no officer is reminded
 */
public record ReminderRecipients(String description, Function<String, Optional<String>> group, String taskName) {

  /** Nobody is reminded. */
  public static ReminderRecipients none() {
    return new ReminderRecipients("nobody", key -> Optional.empty(), null);
  }

  /** One group of officers, whatever the case. */
  public static ReminderRecipients officers(String group, String taskName) {
    return new ReminderRecipients("group " + group, key -> Optional.of(group), taskName);
  }

  /** The group of officers the case names (e.g. its department's approvers); nobody when the key is no such case. */
  public static ReminderRecipients officersOfTheCase(String description, Function<String, Optional<String>> group,
      String taskName) {
    return new ReminderRecipients(description, group, taskName);
  }

  /** The owning module mails them itself, with facts of its case. */
  public static ReminderRecipients mailedByTheOwner(String description) {
    return new ReminderRecipients(description, key -> Optional.empty(), null);
  }

  /** The officers' group to mail for this business key, if any. */
  public Optional<String> groupFor(String businessKey) {
    return businessKey == null ? Optional.empty() : group.apply(businessKey);
  }
}
