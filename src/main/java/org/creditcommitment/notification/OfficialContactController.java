package org.creditcommitment.notification;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officials' mobile numbers for short messages about their new and overdue tasks: administrators keep them, as they
 * keep the users themselves. Numbers are listed masked; nobody reads one back in full.
 */
@RestController
@AllowedGroups(Groups.ADMIN)
class OfficialContactController {

  record MobileChange(String mobile) {}

  private final OfficialContacts contacts;
  private final IdentityService identity;

  OfficialContactController(OfficialContacts contacts, IdentityService identity) {
    this.contacts = contacts;
    this.identity = identity;
  }

  @GetMapping("/api/official-contacts")
  List<OfficialContacts.Contact> list() {
    return contacts.list();
  }

  @PutMapping("/api/official-contacts/{userId}")
  OfficialContacts.Contact set(@PathVariable String userId, @RequestBody MobileChange change, CurrentUser caller) {
    String user = requireUser(userId);
    String mobile = MobileNumbers.normalise(change == null ? null : change.mobile());
    if (mobile == null) {
      throw ApiException.badRequest("mobile-required", "请填写手机号码；删除号码请使用 DELETE",
          "A mobile number is required; to remove one, use DELETE");
    }
    return contacts.set(user, mobile, caller.id());
  }

  @DeleteMapping("/api/official-contacts/{userId}")
  ResponseEntity<Void> remove(@PathVariable String userId) {
    contacts.remove(requireUser(userId));
    return ResponseEntity.noContent().build();
  }

  private String requireUser(String userId) {
    String id = userId == null ? "" : userId.strip();
    boolean known = !id.isEmpty() && id.length() <= 64
        && SystemCall.run(identity, () -> identity.createUserQuery().userId(id).count()) > 0;
    if (!known) {
      throw ApiException.notFound("unknown-user", "没有该用户", "No such user");
    }
    return id;
  }
}
