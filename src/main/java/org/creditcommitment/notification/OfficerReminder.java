package org.creditcommitment.notification;

/**
 * A deadline kind whose reminder goes to one group of officers: a feature declares it as a bean and
 * {@link OfficerReminders} mails the group when the deadline service reminds.
 */
public record OfficerReminder(String kind, String group, String taskName) {}
