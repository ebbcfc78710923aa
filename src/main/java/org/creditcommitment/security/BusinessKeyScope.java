package org.creditcommitment.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Component;

/** {@link CaseScope}: one rule per kind of business key, the kind and the owning department told by its module. */
@Component
class BusinessKeyScope implements CaseScope {

  /** Roles that read every key: the window, the credit office, audit, administration and the online portal. */
  static final List<String> READ_ALL = List.of(Groups.CLERK, Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN,
      Groups.PORTAL);

  /** Roles that read the records of the departments of their groups (approver-&lt;dept&gt;…). */
  private static final List<String> DEPARTMENTAL_ROLES = List.of(Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR);

  /** Roles that read every case's history (the auditor page); {@link CaseShares} adds the cases sent to others. */
  static final List<String> HISTORY_READERS = List.of(Groups.AUDITOR, Groups.CREDIT_OFFICE, Groups.ADMIN);

  private final List<KeyOwner> owners;
  private final List<CaseShares> shares;
  private final HistoryService history;
  private final IdentityService identity;

  BusinessKeyScope(List<KeyOwner> owners, List<CaseShares> shares, HistoryService history, IdentityService identity) {
    this.owners = owners;
    this.shares = shares;
    this.history = history;
    this.identity = identity;
  }

  @Override
  public void requireReadable(String key, CurrentUser caller) {
    if (!mayRead(key, caller)) {
      throw unknown(key);
    }
  }

  @Override
  public String canonical(String key) {
    if (key == null || owner(key).isPresent()) {
      return key;
    }
    String upper = key.toUpperCase(Locale.ROOT);
    return owner(upper).isPresent() ? upper : key;
  }

  @Override
  public void requireKnown(String key) {
    // a subject's code is no case: its credit reports are kept under it, not a process
    if (owner(key).map(KeyOwner::kind).orElse(KeyKind.OTHER) == KeyKind.CREDIT_REPORT) {
      return;
    }
    // every application, voluntary commitment, objection and repair runs as a process instance under its key; its
    // history stays for the models' historyTimeToLive (ten years)
    long instances = SystemCall.run(identity,
        () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count());
    if (instances == 0) {
      throw unknown(key);
    }
  }

  @Override
  public Optional<Set<String>> departments(CurrentUser caller) {
    if (READ_ALL.stream().anyMatch(caller::isIn)) {
      return Optional.empty();
    }
    Set<String> departments = new TreeSet<>();
    for (String group : caller.groups()) {
      for (String role : DEPARTMENTAL_ROLES) {
        if (group.startsWith(role + "-")) {
          departments.add(group.substring(role.length() + 1));
        }
      }
    }
    return Optional.of(departments);
  }

  private ApiException unknown(String key) {
    KeyKind kind = owner(key).map(KeyOwner::kind).orElse(KeyKind.OTHER);
    return ApiException.notFound(kind.unknownCode(), kind.unknownZh(key), kind.unknownEn(key));
  }

  @Override
  public boolean mayRead(String key, CurrentUser caller) {
    // the copies are asked last: a role's own reading needs no query
    return caller != null && (readsByRole(key, caller) || shared(key, caller));
  }

  private boolean readsByRole(String key, CurrentUser caller) {
    if (READ_ALL.stream().anyMatch(caller::isIn)) {
      return true;
    }
    Optional<KeyOwner> owner = owner(key);
    if (owner.isEmpty()) {
      return false;
    }
    KeyKind kind = owner.get().kind();
    if (kind.providersRead() && caller.isIn(Groups.PROVIDER)) {
      return true;
    }
    // a key unknown to its module is answered like one of another department: no department, no reader
    return kind.departmental() && owner.get().department(key)
        .map(d -> caller.isIn(Groups.APPROVER + "-" + d) || caller.isIn(Groups.LEADER + "-" + d)
            || caller.isIn(Groups.INSPECTOR + "-" + d))
        .orElse(false);
  }

  @Override
  public boolean readsHistory(String key, CurrentUser caller) {
    return caller != null && (HISTORY_READERS.stream().anyMatch(caller::isIn) || shared(key, caller));
  }

  @Override
  public Optional<String> department(String key) {
    return owner(key).flatMap(o -> o.department(key));
  }

  private boolean shared(String key, CurrentUser caller) {
    return key != null && shares.stream().anyMatch(s -> s.sharedWith(key, caller));
  }

  private Optional<KeyOwner> owner(String key) {
    return key == null ? Optional.empty() : owners.stream().filter(o -> o.numbers(key)).findFirst();
  }
}
