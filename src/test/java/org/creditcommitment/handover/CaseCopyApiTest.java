package org.creditcommitment.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditcommitment.handover.HandOverApiTest.assertProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 抄送 through POST /api/cases/{no}/copies: an official who reads a case sends it to a colleague or a group for
 * information; the recipients read that case's record, documents and history (CaseScope honours the copy), find it
 * under 抄送我的, and the timeline records it. A copy gives nothing else, and bad input writes nothing.
 */
class CaseCopyApiTest extends IntegrationTest {

  /** Officials of health (wsjk): market supervision's (scjg) cases are not theirs to read. */
  private static final String QIAN = HandOverApiTest.QIAN;
  private static final String WU = "wu-wsjk-copy";
  private static final String INSPECTOR_WSJK = "zheng-inspector-wsjk-copy";

  @Autowired AuditedCases cases;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void officials() {
    TestOfficials.ensure(identity, QIAN, Groups.APPROVER, "approver-wsjk");
    TestOfficials.ensure(identity, WU, Groups.APPROVER, "approver-wsjk");
    TestOfficials.ensure(identity, INSPECTOR_WSJK, Groups.INSPECTOR, "inspector-wsjk");
  }

  @Test
  void aCaseSentToAColleagueForInformationIsReadByThemListedUnderCopiedToMeAndOnTheTimeline() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String key = "/api/cases/" + c.caseNo();
    assertThat(http.get(key + "/documents", QIAN).statusCode()).isEqualTo(404);

    HttpResponse<String> sent = http.post(key + "/copies", Groups.APPROVER,
        "{\"toUser\":\"" + QIAN + "\",\"note\":\"涉及餐饮卫生许可，请知悉\"}");

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    assertThat(http.get(key + "/documents", QIAN).statusCode()).isEqualTo(200);
    assertThat(http.get(key, QIAN).statusCode()).isEqualTo(200);
    HttpResponse<String> history = http.get(key + "/history", QIAN);
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains("抄送", "涉及餐饮卫生许可，请知悉", "抄送给");
    assertThat(http.get(key + "/diagram", QIAN).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/work/copies", QIAN).body()).contains(c.caseNo(), "涉及餐饮卫生许可，请知悉",
        "/audit/#/case/" + c.caseNo());
    // a copy is to its recipient: a colleague of the same department still reads nothing of it
    assertThat(http.get(key + "/documents", WU).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/work/copies", WU).body()).doesNotContain(c.caseNo());
    // and reading is all it gives: the case's tasks stay with their candidates
    assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + c.caseNo(), QIAN).body()).isEqualTo("[]");
  }

  @Test
  void aCaseSentToADepartmentsGroupIsReadByEachOfItsMembers() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String key = "/api/cases/" + c.caseNo();

    assertThat(http.post(key + "/copies", Groups.CLERK,
        "{\"toGroup\":\"inspector-wsjk\",\"note\":\"请卫健核查组知悉\"}").statusCode()).isEqualTo(201);

    assertThat(http.get(key + "/documents", INSPECTOR_WSJK).statusCode()).isEqualTo(200);
    assertThat(http.get(key + "/history", INSPECTOR_WSJK).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/work/copies", INSPECTOR_WSJK).body()).contains(c.caseNo(), "核查 · ");
    assertThat(http.get(key + "/documents", QIAN).statusCode()).isEqualTo(404);
  }

  @Test
  void aCopyNeedsOneKnownRecipientAndANoteFromAReaderOfTheCaseAndARefusalWritesNothing() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String copies = "/api/cases/" + c.caseNo() + "/copies";

    assertProblem(http.post(copies, Groups.APPROVER, "{\"toUser\":\"" + QIAN + "\"}"), 400, "note-required");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"toUser\":\"" + QIAN + "\",\"toGroup\":\"clerk\","
        + "\"note\":\"知悉\"}"), 400, "one-recipient");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"note\":\"知悉\"}"), 400, "one-recipient");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"toUser\":\"no-such-official\",\"note\":\"知悉\"}"), 400,
        "unknown-recipient");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"toUser\":\"portal\",\"note\":\"知悉\"}"), 400,
        "unknown-recipient");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"toGroup\":\"camunda-admin\",\"note\":\"知悉\"}"), 400,
        "unknown-recipient");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"toUser\":\"approver\",\"note\":\"知悉\"}"), 400,
        "copy-to-self");
    assertProblem(http.post(copies, Groups.APPROVER, "{\"toUser\":\"" + QIAN + "\",\"note\":\"知\\u202E悉\"}"), 400,
        "invalid-text");
    // not a reader of the case: as if it did not exist; an auditor changes nothing
    assertProblem(http.post(copies, WU, "{\"toUser\":\"" + QIAN + "\",\"note\":\"知悉\"}"), 404, "unknown-case");
    assertProblem(http.post(copies, Groups.AUDITOR, "{\"toUser\":\"" + QIAN + "\",\"note\":\"知悉\"}"), 403,
        "forbidden");
    assertProblem(http.post("/api/cases/XY20990101999999/copies", Groups.CLERK,
        "{\"toUser\":\"" + QIAN + "\",\"note\":\"知悉\"}"), 404, "unknown-case");

    assertThat(jdbc.queryForObject("select count(*) from case_copy where case_no = ?", Integer.class, c.caseNo()))
        .isZero();
    assertThat(http.get("/api/cases/" + c.caseNo() + "/documents", QIAN).statusCode()).isEqualTo(404);
  }

  @Test
  void theRecipientsOfferedAreOfficialsAndOfficialsGroupsNeverTheAdministratorsThePortalOrOneself() throws Exception {
    JsonNode recipients = new ObjectMapper().readTree(http.get("/api/copy-recipients", Groups.APPROVER).body());
    List<String> users = new ArrayList<>();
    recipients.path("users").forEach(u -> users.add(u.path("id").asText()));
    Map<String, String> groups = new HashMap<>();
    recipients.path("groups").forEach(g -> groups.put(g.path("id").asText(), g.path("name").asText()));

    assertThat(users).contains(QIAN, "clerk", "credit-office").doesNotContain("approver", "portal", "admin");
    assertThat(groups).containsEntry("inspector-wsjk", "核查 · " + groups.get("inspector-wsjk").substring(5))
        .containsEntry("credit-office", "信用办").doesNotContainKeys("camunda-admin", "portal");
    assertThat(groups.get("approver-scjg")).isEqualTo("审批 · 市场监督管理局");
    assertThat(http.get("/api/copy-recipients", Groups.AUDITOR).statusCode()).isEqualTo(403);
  }

  @Test
  void anApproverReadsTheHistoryOfNoCaseOfTheirDepartmentUnlessItWasSentToThem() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));

    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", Groups.APPROVER).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", Groups.AUDITOR).statusCode()).isEqualTo(200);
  }
}
