package org.creditcommitment.security;

import java.util.List;
import java.util.Optional;

import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Component;

/** {@link CaseScope}: one rule per kind of business key, the kind and the owning department told by its module. */
@Component
class BusinessKeyScope implements CaseScope {

  /** Roles that read every key: the window, the credit office, audit, administration and the online portal. */
  static final List<String> READ_ALL = List.of(Groups.CLERK, Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN,
      Groups.PORTAL);

  private final List<KeyOwner> owners;

  BusinessKeyScope(List<KeyOwner> owners) {
    this.owners = owners;
  }

  @Override
  public void requireReadable(String key, CurrentUser caller) {
    if (!mayRead(key, caller)) {
      KeyKind kind = owner(key).map(KeyOwner::kind).orElse(KeyKind.OTHER);
      throw ApiException.notFound(kind.unknownCode(), kind.unknownZh(key), kind.unknownEn(key));
    }
  }

  @Override
  public boolean mayRead(String key, CurrentUser caller) {
    if (caller == null) {
      return false;
    }
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

  private Optional<KeyOwner> owner(String key) {
    return key == null ? Optional.empty() : owners.stream().filter(o -> o.numbers(key)).findFirst();
  }
}
