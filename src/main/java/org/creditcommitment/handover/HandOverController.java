package org.creditcommitment.handover;

import java.util.Map;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 转办, 委派, 办毕交回 and 催办 of a task, 抄送 of a case, and the official's own lists of what was sent to them
 * (docs/api.md "Handing work over"). Whether the caller may act on the particular task or case is decided by the
 * services: the holder or a candidate hands a task over, a department head (own department) or the credit office
 * urges, a reader of the case copies it.
 */
@RestController
class HandOverController {

  /** The officials who hold tasks. */
  static final int LIST_SIZE = 100;

  private final HandOvers handOvers;
  private final Urges urges;
  private final CaseCopies copies;

  HandOverController(HandOvers handOvers, Urges urges, CaseCopies copies) {
    this.handOvers = handOvers;
    this.urges = urges;
    this.copies = copies;
  }

  @GetMapping("/api/tasks/{taskId}/hand-over")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE})
  Map<String, Object> offer(@PathVariable String taskId, CurrentUser caller) {
    return handOvers.offer(taskId, caller);
  }

  @PostMapping("/api/tasks/{taskId}/transfer")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE})
  Map<String, Object> transfer(@PathVariable String taskId, @RequestBody(required = false) HandOverRequests.HandOver body,
      CurrentUser caller) {
    return handOvers.transfer(taskId, body, caller);
  }

  @PostMapping("/api/tasks/{taskId}/delegation")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE})
  Map<String, Object> delegate(@PathVariable String taskId,
      @RequestBody(required = false) HandOverRequests.HandOver body, CurrentUser caller) {
    return handOvers.delegate(taskId, body, caller);
  }

  @PostMapping("/api/tasks/{taskId}/resolution")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE})
  Map<String, Object> resolve(@PathVariable String taskId, @RequestBody(required = false) HandOverRequests.Note body,
      CurrentUser caller) {
    return handOvers.resolve(taskId, body, caller);
  }

  @PostMapping("/api/tasks/{taskId}/urge")
  @AllowedGroups({Groups.LEADER, Groups.CREDIT_OFFICE})
  ResponseEntity<Map<String, Object>> urge(@PathVariable String taskId,
      @RequestBody(required = false) HandOverRequests.Note body, CurrentUser caller) {
    return ResponseEntity.status(201).body(urges.urge(taskId, body, caller));
  }

  @PostMapping("/api/cases/{caseNo}/copies")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE})
  ResponseEntity<Map<String, Object>> copy(@ScopedKey @PathVariable String caseNo,
      @RequestBody(required = false) HandOverRequests.Copy body, CurrentUser caller) {
    return ResponseEntity.status(201).body(copies.send(caseNo, body, caller));
  }

  @GetMapping("/api/copy-recipients")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE})
  Map<String, Object> copyRecipients(CurrentUser caller) {
    return copies.recipients(caller);
  }

  @GetMapping("/api/work/copies")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  Map<String, Object> copiesToMe(CurrentUser caller) {
    return Map.of("items", copies.toMe(caller, LIST_SIZE));
  }

  @GetMapping("/api/work/urges")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  Map<String, Object> urgesToMe(CurrentUser caller) {
    return Map.of("items", urges.toMe(caller, LIST_SIZE));
  }
}
