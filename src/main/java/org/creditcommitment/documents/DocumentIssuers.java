package org.creditcommitment.documents;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * Who issued a document, as lists show it: the official by name, not by login id; a step no official's action caused
 * (a deadline's lapse, a scheduled report) reads 系统（自动）, as in the timeline. Read as the system: an auditor or the
 * portal may not read users through the engine.
 */
@Component
class DocumentIssuers {

  static final String SYSTEM = "系统（自动）";

  private final IdentityService identity;

  DocumentIssuers(IdentityService identity) {
    this.identity = identity;
  }

  String name(String issuedBy) {
    if (issuedBy == null || AuditLog.SYSTEM_ACTOR.equals(issuedBy)) {
      return SYSTEM;
    }
    return SystemCall.run(identity,
        () -> UserNames.display(identity.createUserQuery().userId(issuedBy).singleResult(), issuedBy));
  }
}
