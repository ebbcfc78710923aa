package org.creditcommitment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

class AuditChainVerifierTest extends IntegrationTest {

  @Autowired AuditLog auditLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired AuditChainVerifier verifier;

  @Test
  void anEventEditedDirectlyInTheDatabaseIsNamedAsTheFirstBrokenLink() throws Exception {
    String ref = "TAMPER-" + System.nanoTime();
    long id = auditLog.record(ref, "test.tamper-target", "tester", Map.of("amount", 100));
    auditLog.record(ref, "test.after", "tester", Map.of());
    assertThat(verify("auditor").intact()).isTrue();

    String original = jdbc.queryForObject("SELECT details FROM audit_event WHERE id = ?", String.class, id);
    jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", "{\"amount\":1}", id);
    try {
      ChainVerification broken = verify("admin");
      assertThat(broken.intact()).isFalse();
      assertThat(broken.brokenEventId()).isEqualTo(id);
      assertThat(broken.problem()).contains("content of event " + id).contains("was changed");
      assertThat(broken.problemZh()).contains("已被改动");
      assertThat(broken.eventsChecked()).isEqualTo(id - 1);
    } finally {
      jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", original, id);
    }
    assertThat(verify("auditor").intact()).isTrue();
  }

  @Test
  void aBrokenLinkToThePreviousEventIsFound() {
    String ref = "RELINK-" + System.nanoTime();
    auditLog.record(ref, "test.first", "tester", Map.of());
    long second = auditLog.record(ref, "test.second", "tester", Map.of());
    String original = jdbc.queryForObject("SELECT prev_hash FROM audit_event WHERE id = ?", String.class, second);
    jdbc.update("UPDATE audit_event SET prev_hash = ? WHERE id = ?", "f".repeat(64), second);
    try {
      ChainVerification broken = verifier.verify();
      assertThat(broken.brokenEventId()).isEqualTo(second);
      assertThat(broken.problem()).contains("does not link");
    } finally {
      jdbc.update("UPDATE audit_event SET prev_hash = ? WHERE id = ?", original, second);
    }
  }

  @Test
  void onlyAuditorsAndAdministratorsMayVerify() {
    assertThat(http.get("/api/audit/verify", "clerk").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/audit/verify", "credit-office").statusCode()).isEqualTo(403);
  }

  private ChainVerification verify(String user) throws Exception {
    var response = http.get("/api/audit/verify", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), ChainVerification.class);
  }
}
