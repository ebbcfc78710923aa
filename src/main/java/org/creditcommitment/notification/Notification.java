package org.creditcommitment.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An e-mail to queue: its type, the case (business key or another reference such as an objection
 * number), recipients as e-mail addresses and/or Camunda group ids, and the template variables
 * (strings, numbers, dates and times). A dedup key, when given, makes queueing idempotent: a retried
 * step that queues the same key again adds nothing (the key is kept per recipient, so a group member
 * who joined in between still gets one).
 * <p>
 * A type with a short text ({@link ShortTexts}) also goes as a short message to every mobile number given
 * ({@link Builder#toMobile}) and to every official named (a group's members, a user) who has one in
 * {@link OfficialContacts}; the dedup key is kept per channel and recipient.
 *
 * <pre>{@code
 * notifications.queue(Notification.of(NotificationType.DECISION_DENIED, caseNo)
 *     .to(applicantEmail)
 *     .with("applicantName", name).with("itemName", item).with("reason", reason)
 *     .dedupKey(caseNo + ":decision")
 *     .build());
 * }</pre>
 */
public record Notification(NotificationType type, String caseNo, Set<String> emails, Set<String> groups,
    Map<String, Object> variables, String dedupKey, Set<String> users, Set<String> mobiles,
    Set<NotificationChannel> channels) {

  public Notification {
    Objects.requireNonNull(type, "type");
    // insertion order kept: rows are queued in the order the caller named the recipients
    emails = Collections.unmodifiableSet(new LinkedHashSet<>(emails));
    groups = Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    users = Collections.unmodifiableSet(new LinkedHashSet<>(users));
    mobiles = Collections.unmodifiableSet(new LinkedHashSet<>(mobiles));
    channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
  }

  public boolean by(NotificationChannel channel) {
    return channels.contains(channel);
  }

  public static Builder of(NotificationType type, String caseNo) {
    return new Builder(type, caseNo);
  }

  public static final class Builder {

    private final NotificationType type;
    private final String caseNo;
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final Set<String> users = new LinkedHashSet<>();
    private final Set<String> mobiles = new LinkedHashSet<>();
    private Set<NotificationChannel> channels = EnumSet.allOf(NotificationChannel.class);
    private String dedupKey;

    private Builder(NotificationType type, String caseNo) {
      this.type = type;
      this.caseNo = caseNo;
    }

    /** An e-mail address (the applicant's, usually). Blank addresses are ignored. */
    public Builder to(String email) {
      if (email != null && !email.isBlank()) {
        emails.add(email.trim());
      }
      return this;
    }

    /** Every member of a Camunda group with an e-mail address, looked up when queued. */
    public Builder toGroup(String groupId) {
      groups.add(Objects.requireNonNull(groupId, "groupId"));
      return this;
    }

    /** One official by user id: their e-mail address (identity service) and mobile number ({@link OfficialContacts}). */
    public Builder toUser(String userId) {
      users.add(Objects.requireNonNull(userId, "userId"));
      return this;
    }

    /** A mobile number as stored ({@link MobileNumbers#normalise}); blank numbers are ignored. */
    public Builder toMobile(String mobile) {
      if (mobile != null && !mobile.isBlank()) {
        mobiles.add(mobile.strip());
      }
      return this;
    }

    /** Only this channel (a short message about a new task: the daily digest is the e-mail for those). */
    public Builder only(NotificationChannel channel) {
      channels = EnumSet.of(channel);
      return this;
    }

    public Builder with(String name, Object value) {
      List<String> problems = new ArrayList<>();
      if (value == null) {
        problems.add("variable '" + name + "' is null");
      }
      if (variables.containsKey(name)) {
        problems.add("variable '" + name + "' is set twice");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(type + ": " + String.join("; ", problems));
      }
      variables.put(name, value);
      return this;
    }

    public Builder with(Map<String, ?> values) {
      values.forEach(this::with);
      return this;
    }

    public Builder dedupKey(String key) {
      this.dedupKey = key;
      return this;
    }

    public Notification build() {
      return new Notification(type, caseNo, emails, groups, variables, dedupKey, users, mobiles, channels);
    }
  }
}
