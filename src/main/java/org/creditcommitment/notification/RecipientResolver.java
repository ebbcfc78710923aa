package org.creditcommitment.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a notification's addresses and groups into one entry per distinct mailbox. Group members come
 * from the Camunda identity service (the user's e-mail field). An address that cannot be used is kept
 * with its problem, so the outbox shows an undeliverable notification instead of losing it.
 */
@Component
class RecipientResolver {

  private static final Logger log = LoggerFactory.getLogger(RecipientResolver.class);

  private final IdentityService identityService;
  private final OfficialContacts contacts;

  RecipientResolver(IdentityService identityService, OfficialContacts contacts) {
    this.identityService = identityService;
    this.contacts = contacts;
  }

  /** address (null when there is none) and problem (null when it can be sent). */
  record Recipient(String address, String problem) {}

  List<Recipient> resolve(Notification notification) {
    Map<String, Recipient> byMailbox = new LinkedHashMap<>();
    for (String email : notification.emails()) {
      add(byMailbox, email, "address");
    }
    for (String group : notification.groups()) {
      List<User> members = membersOf(group);
      List<User> reachable = members.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).toList();
      if (reachable.isEmpty()) {
        log.warn("{} for {}: group '{}' has no member with an e-mail address", notification.type(),
            notification.caseNo(), group);
        byMailbox.putIfAbsent("group:" + group, new Recipient(null, "组 " + group + " 中没有填写电子邮箱的用户 / group "
            + group + " has no member with an e-mail address"));
      }
      reachable.forEach(user -> add(byMailbox, user.getEmail(), "e-mail of user " + user.getId()));
    }
    for (String userId : notification.users()) {
      User user = user(userId);
      if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
        byMailbox.putIfAbsent("user:" + userId, new Recipient(null, "用户 " + userId + " 没有填写电子邮箱 / user "
            + userId + " has no e-mail address"));
      } else {
        add(byMailbox, user.getEmail(), "e-mail of user " + userId);
      }
    }
    if (byMailbox.isEmpty()) {
      byMailbox.put("none", new Recipient(null, "没有收件人 / no recipient given"));
    }
    return new ArrayList<>(byMailbox.values());
  }

  /**
   * One entry per distinct mobile number: those given, then the numbers officials named (users, group members) keep in
   * {@link OfficialContacts}. An official without a number is simply not texted: the e-mail is the notice of record.
   */
  List<Recipient> resolveMobiles(Notification notification) {
    Map<String, Recipient> byNumber = new LinkedHashMap<>();
    for (String mobile : notification.mobiles()) {
      byNumber.putIfAbsent(mobile, MobileNumbers.valid(mobile) ? new Recipient(mobile, null)
          : new Recipient(mobile, "手机号码格式错误 / invalid mobile number"));
    }
    if (notification.users().isEmpty() && notification.groups().isEmpty() || !contacts.any()) {
      return new ArrayList<>(byNumber.values());
    }
    Set<String> officials = new LinkedHashSet<>(notification.users());
    for (String group : notification.groups()) {
      membersOf(group).forEach(user -> officials.add(user.getId()));
    }
    contacts.mobilesOf(officials).values().forEach(mobile -> byNumber.putIfAbsent(mobile, new Recipient(mobile,
        MobileNumbers.valid(mobile) ? null : "手机号码格式错误 / invalid mobile number")));
    return new ArrayList<>(byNumber.values());
  }

  private User user(String userId) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createUserQuery().userId(userId).singleResult();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static void add(Map<String, Recipient> byMailbox, String email, String what) {
    String address = email.trim();
    byMailbox.putIfAbsent(address.toLowerCase(Locale.ROOT), valid(address) ? new Recipient(address, null)
        : new Recipient(address, "电子邮箱格式错误 / invalid " + what + ": " + address));
  }

  private static boolean valid(String address) {
    try {
      new InternetAddress(address, true).validate();
      return address.indexOf('@') > 0 && address.length() <= 320;
    } catch (AddressException e) {
      return false;
    }
  }

  /**
   * Officers are found whoever triggered the step: the lookup runs without the caller's
   * authentication, which would otherwise hide users the caller may not read.
   */
  private List<User> membersOf(String group) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createUserQuery().memberOfGroup(group).list();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
