package org.creditcommitment.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  RecipientResolver(IdentityService identityService) {
    this.identityService = identityService;
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
    if (byMailbox.isEmpty()) {
      byMailbox.put("none", new Recipient(null, "没有收件人 / no recipient given"));
    }
    return new ArrayList<>(byMailbox.values());
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
