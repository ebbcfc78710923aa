package org.creditcommitment.commitment;

import jakarta.validation.Valid;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 陈述、申辩 through the portal (or a clerk taking it down at the window) against a 拟作出失信惩戒告知书
 * (中华人民共和国行政处罚法 第四十五条), with a request for a hearing where the proposed measures give one (第六十三条).
 */
@RestController
class CaseStatementController {

  private final CaseStatements statements;

  CaseStatementController(CaseStatements statements) {
    this.statements = statements;
  }

  @PostMapping("/api/cases/{caseNo}/statement")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> state(@ScopedKey @PathVariable String caseNo, @Valid @RequestBody CaseRequests.Statement body) {
    statements.state(caseNo, body);
    return ResponseEntity.noContent().build();
  }
}
