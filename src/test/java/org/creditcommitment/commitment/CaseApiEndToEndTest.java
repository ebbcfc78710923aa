package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.creditcommitment.system.PersonalDataIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cases driven only through the product API and Camunda's REST API, as the portal and the officials'
 * Tasklist do. Jobs are run by the test in place of the job executor (switched off in tests).
 */
class CaseApiEndToEndTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataIndex index;

  private JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private String apply(String code, String item, String type, List<String> missing) throws Exception {
    var body = JSON.createObjectNode().put("applicantCode", code).put("applicantName", driver.registry.profile(code).name())
        .put("applicantEmail", "applicant@example.test").put("itemCode", item).put("commitmentType", type);
    body.putPOJO("missingMaterials", missing);
    HttpResponse<String> created = http.post("/api/cases", "portal", JSON.writeValueAsString(body));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String caseNo = json(created).get("caseNo").asText();
    runJobs(caseNo);
    return caseNo;
  }

  private void runJobs(String caseNo) {
    driver.runJobs(driver.cases.require(caseNo));
  }

  private void complete(String caseNo, String taskKey, String user, String variables) {
    HttpResponse<String> tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
        + "&taskDefinitionKey=" + taskKey, user);
    assertThat(tasks.statusCode()).isEqualTo(200);
    JsonNode list = json(tasks);
    assertThat(list.size()).as(user + " sees " + taskKey + " of " + caseNo).isEqualTo(1);
    HttpResponse<String> done = http.post("/engine-rest/task/" + list.get(0).get("id").asText() + "/complete", user,
        "{\"variables\":" + variables + "}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    runJobs(caseNo);
  }

  private void sign(String caseNo) {
    HttpResponse<String> letter = http.get("/api/cases/" + caseNo + "/letter", "portal");
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.body()).contains("信用承诺书");
    String hash = letter.headers().firstValue("X-Letter-SHA256").orElseThrow();
    HttpResponse<String> signed = http.post("/api/cases/" + caseNo + "/signature", "portal",
        "{\"signer\":\"法定代表人\",\"letterSha256\":\"" + hash + "\"}");
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
    runJobs(caseNo);
  }

  private String endState(String caseNo) {
    HttpResponse<String> read = http.get("/api/cases/" + caseNo, "auditor");
    assertThat(read.statusCode()).isEqualTo(200);
    return json(read).get("endState").asText();
  }

  /** A case of the item applied for, notified, signed and accepted through the API: at its first level. */
  private String acceptedThroughTheApi(String item) throws Exception {
    String caseNo = apply(driver.subject("AA"), item, "NOTIFY_COMMIT", List.of());
    complete(caseNo, "Task_NotifyConditions", "clerk",
        "{\"conditionsNotified\":{\"value\":true},\"notifyChannel\":{\"value\":\"WINDOW\"}}");
    sign(caseNo);
    complete(caseNo, "Task_AcceptApplication", "clerk", "{\"acceptanceDecision\":{\"value\":\"ACCEPT\"}}");
    return caseNo;
  }

  private void throughDecision(String caseNo) {
    complete(caseNo, "Task_NotifyConditions", "clerk",
        "{\"conditionsNotified\":{\"value\":true},\"notifyChannel\":{\"value\":\"WINDOW\"}}");
    sign(caseNo);
    complete(caseNo, "Task_AcceptApplication", "clerk", "{\"acceptanceDecision\":{\"value\":\"ACCEPT\"}}");
    complete(caseNo, "Task_MakeDecision", "approver", "{\"decision\":{\"value\":\"APPROVE\"}}");
  }

  private static final String COMPLIANT = "{\"inspectionResult\":{\"value\":\"COMPLIANT\"},"
      + "\"inspectionFindings\":{\"value\":\"与承诺一致\"}}";

  @Test
  void aaaApplicantWithMissingMaterialsReachesFulfilledThroughTheApis() throws Exception {
    String caseNo = apply(driver.subject("AAA"), "WSJK-GG-001", "TOLERATE_MISSING", List.of("卫生管理制度"));
    HttpResponse<String> read = http.get("/api/cases/" + caseNo, "portal");
    assertThat(json(read).get("stage").toString()).contains("一次性告知承诺条件");
    assertThat(json(read).get("benefits").toString()).contains("容缺受理");
    throughDecision(caseNo);

    HttpResponse<String> supplied = http.post("/api/cases/" + caseNo + "/materials", "portal",
        "{\"materials\":[\"卫生管理制度\"]}");
    assertThat(supplied.statusCode()).as(supplied.body()).isEqualTo(204);
    runJobs(caseNo);
    complete(caseNo, "Task_InspectFulfilment", "inspector", COMPLIANT);

    assertThat(endState(caseNo)).isEqualTo("FULFILLED");
  }

  @Test
  void aCorrectionAndAReturnGoThroughThePortalAndTheTaskApiAndBadInputChangesNothing() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    complete(caseNo, "Task_NotifyConditions", "clerk",
        "{\"conditionsNotified\":{\"value\":true},\"notifyChannel\":{\"value\":\"WINDOW\"}}");
    sign(caseNo);
    complete(caseNo, "Task_AcceptApplication", "clerk", "{\"acceptanceDecision\":{\"value\":\"CORRECTION\"},"
        + "\"correctionItems\":{\"value\":\"营业执照复印件：复印件不清晰\\n经营场所平面图：未标明贮存区域\"}}");
    assertThat(http.get("/api/cases/" + caseNo + "/documents", "portal").body()).contains("补正材料通知书");

    String[] bad = {
        "{\"materials\":[\"营业执照复印件\"],\"statement\":\"已补正\"}",
        "{\"materials\":[\"营业执照复印件\",\"经营场所平面图\",\"身份证\"],\"statement\":\"已补正\"}",
        "{\"materials\":[],\"statement\":\"已补正\"}",
        "{\"materials\":[\"营业执照复印件\",\"经营场所平面图\"]}",
        "{\"materials\":[\"营业执照复印件\",\"经营场所平面图\"],\"statement\":\"已补正\",\"x\":1}",
    };
    for (String body : bad) {
      HttpResponse<String> refused = http.post("/api/cases/" + caseNo + "/correction", "portal", body);
      assertThat(refused.statusCode()).as(body + " → " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("messageZh").contains("messageEn");
    }
    assertThat(jdbc.queryForObject("select count(*) from case_correction where case_no = ? and submitted_at is null",
        Integer.class, caseNo)).isEqualTo(1);
    HttpResponse<String> corrected = http.post("/api/cases/" + caseNo + "/correction", "portal",
        "{\"materials\":[\"营业执照复印件\",\"经营场所平面图\"],\"statement\":\"已提供清晰复印件并标注贮存区域\"}");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);
    runJobs(caseNo);
    HttpResponse<String> again = http.post("/api/cases/" + caseNo + "/correction", "portal",
        "{\"materials\":[\"营业执照复印件\",\"经营场所平面图\"],\"statement\":\"再次补正\"}");
    assertThat(again.statusCode()).isEqualTo(409);

    complete(caseNo, "Task_AcceptApplication", "clerk", "{\"acceptanceDecision\":{\"value\":\"ACCEPT\"}}");
    complete(caseNo, "Task_MakeDecision", "approver", "{\"decision\":{\"value\":\"RETURN\"},"
        + "\"returnReason\":{\"value\":\"平面图与现场不符，请重新审查\"}}");
    complete(caseNo, "Task_AcceptApplication", "clerk", "{\"acceptanceDecision\":{\"value\":\"ACCEPT\"}}");
    complete(caseNo, "Task_MakeDecision", "approver", "{\"decision\":{\"value\":\"APPROVE\"}}");
    complete(caseNo, "Task_InspectFulfilment", "inspector", COMPLIANT);
    assertThat(endState(caseNo)).isEqualTo("FULFILLED");

    String history = http.get("/api/cases/" + caseNo + "/history", "auditor").body();
    assertThat(history).contains("一次性告知补正", "退回", "平面图与现场不符，请重新审查", "已提供清晰复印件并标注贮存区域");
  }

  @Test
  void aLetterChangedAfterSigningIsDetected() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    complete(caseNo, "Task_NotifyConditions", "clerk",
        "{\"conditionsNotified\":{\"value\":true},\"notifyChannel\":{\"value\":\"WINDOW\"}}");
    sign(caseNo);
    assertThat(json(http.get("/api/cases/" + caseNo, "auditor")).get("signedLetterIntact").asBoolean()).isTrue();

    jdbc.update("update commitment_letter set letter_text = replace(letter_text, '真实', '大致') where case_no = ?", caseNo);

    assertThat(json(http.get("/api/cases/" + caseNo, "auditor")).get("signedLetterIntact").asBoolean()).isFalse();
  }

  @Test
  void bApplicantEndsInStandardReview() throws Exception {
    String caseNo = apply(driver.subject("B"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    assertThat(endState(caseNo)).isEqualTo("STANDARD_REVIEW");
  }

  @Test
  void nonCompliantCaseIsPunishedAndTheSubjectRefusedCommitmentModeNextTime() throws Exception {
    String code = driver.subject("AA");
    String caseNo = apply(code, "RSJ-RL-001", "NOTIFY_COMMIT", List.of());
    throughDecision(caseNo);
    complete(caseNo, "Task_InspectFulfilment", "inspector",
        "{\"inspectionResult\":{\"value\":\"NON_COMPLIANT\"},\"inspectionFindings\":{\"value\":\"专职人员不足3名\"}}");
    HttpResponse<String> refused = http.post("/api/cases/" + caseNo + "/rectification", "portal", "{\"refused\":true}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(204);
    runJobs(caseNo);
    complete(caseNo, "Task_ProposePunishment", "approver", "{\"punishmentMeasures\":{\"value\":"
        + "\"[\\\"KEY_SUPERVISION\\\",\\\"PUBLICITY\\\"]\",\"type\":\"Json\"},\"punishmentBasis\":{\"value\":\"拒绝整改\"}}");
    HttpResponse<String> stated = http.post("/api/cases/" + caseNo + "/statement", "portal",
        "{\"statement\":\"人员已补足，请求从轻处理\"}");
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    runJobs(caseNo);
    complete(caseNo, "Task_DecidePunishment", "approver", "{\"punishmentMeasures\":{\"value\":"
        + "\"[\\\"KEY_SUPERVISION\\\",\\\"PUBLICITY\\\"]\",\"type\":\"Json\"},\"punishmentBasis\":{\"value\":\"拒绝整改\"},"
        + "\"statementAnswer\":{\"value\":\"拒绝整改的事实清楚，补足人员不改变违诺事实\"}}");
    assertThat(endState(caseNo)).isEqualTo("PUNISHED");

    HttpResponse<String> credit = http.get("/api/subjects/" + code + "/credit?case=" + caseNo, "credit-office");
    assertThat(credit.body()).contains("ACTIVE");
    String next = apply(code, "RSJ-RL-001", "NOTIFY_COMMIT", List.of());
    assertThat(endState(next)).isEqualTo("STANDARD_REVIEW");
  }

  @Test
  void aCommitmentWithdrawnThroughThePortalEndsTheCommitmentModeAndBadInputChangesNothing() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    complete(caseNo, "Task_NotifyConditions", "clerk",
        "{\"conditionsNotified\":{\"value\":true},\"notifyChannel\":{\"value\":\"WINDOW\"}}");
    sign(caseNo);
    String[][] bad = {
        {"{\"reason\":\"" + "理".repeat(501) + "\"}", "400"},
        {"{\"reason\":\"改按一般程序\",\"scope\":\"ALL\"}", "400"},
        {"not json", "400"},
    };
    for (String[] request : bad) {
      HttpResponse<String> refused = http.post("/api/cases/" + caseNo + "/commitment-withdrawal", "portal", request[0]);
      assertThat(refused.statusCode()).as(request[0] + " → " + refused.body()).isEqualTo(Integer.parseInt(request[1]));
      assertThat(refused.body()).contains("messageZh").contains("messageEn");
    }
    HttpResponse<String> unknown = http.post("/api/cases/XY20990101999999/commitment-withdrawal", "portal", "{}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(http.get("/api/cases/" + caseNo, "auditor")).path("endState").isMissingNode()
        || json(http.get("/api/cases/" + caseNo, "auditor")).path("endState").isNull()).as("still running").isTrue();
    assertThat(jdbc.queryForObject("select count(*) from commitment_case where case_no = ?"
        + " and commitment_withdrawn_at is null", Integer.class, caseNo)).isEqualTo(1);

    HttpResponse<String> withdrawn = http.post("/api/cases/" + caseNo + "/commitment-withdrawal", "portal",
        "{\"reason\":\"改按一般程序办理\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    runJobs(caseNo);

    assertThat(endState(caseNo)).isEqualTo("STANDARD_REVIEW");
    assertThat(http.get("/api/notifications?case=" + caseNo, "auditor").body()).contains("COMMITMENT_WITHDRAWN");
    for (String op : List.of("commitment-withdrawal", "withdrawal")) {
      HttpResponse<String> again = http.post("/api/cases/" + caseNo + "/" + op, "portal", "{}");
      assertThat(again.statusCode()).as(op + " → " + again.body()).isEqualTo(409);
      assertThat(again.body()).contains("case-ended").contains("messageZh").contains("messageEn");
    }
  }

  @Test
  void afterTheDecisionNeitherTheApplicationNorTheCommitmentCanBeWithdrawn() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    throughDecision(caseNo);
    for (String op : List.of("commitment-withdrawal", "withdrawal")) {
      HttpResponse<String> late = http.post("/api/cases/" + caseNo + "/" + op, "portal", "{\"reason\":\"晚了\"}");
      assertThat(late.statusCode()).as(op + " → " + late.body()).isEqualTo(409);
      assertThat(late.body()).contains("already-decided").contains("已作出行政决定").contains("messageEn");
    }
    assertThat(endState(caseNo)).isNotEqualTo("STANDARD_REVIEW").isNotEqualTo("WITHDRAWN");
  }

  @Test
  void aFalseCommitmentFoundOnInspectionThroughTheApisIsPunishedWithoutRectification() throws Exception {
    String code = driver.subject("AA");
    String caseNo = apply(code, "RSJ-RL-001", "NOTIFY_COMMIT", List.of());
    throughDecision(caseNo);
    complete(caseNo, "Task_InspectFulfilment", "inspector", "{\"inspectionResult\":{\"value\":\"FALSE_COMMITMENT\"},"
        + "\"inspectionFindings\":{\"value\":\"承诺的专职人员劳动合同系伪造\"}}");
    HttpResponse<String> rectify = http.post("/api/cases/" + caseNo + "/rectification", "portal",
        "{\"description\":\"已补充\"}");
    assertThat(rectify.statusCode()).as("no rectification for a false commitment").isEqualTo(409);
    complete(caseNo, "Task_ProposePunishment", "approver", "{\"punishmentMeasures\":{\"value\":"
        + "\"[\\\"PUBLICITY\\\"]\",\"type\":\"Json\"},\"punishmentBasis\":{\"value\":\"虚假承诺\"}}");
    driver.fireDeadline(driver.cases.require(caseNo), "statement");
    complete(caseNo, "Task_DecidePunishment", "approver", "{\"punishmentMeasures\":{\"value\":"
        + "\"[\\\"PUBLICITY\\\"]\",\"type\":\"Json\"},\"punishmentBasis\":{\"value\":\"虚假承诺\"}}");

    assertThat(endState(caseNo)).isEqualTo("PUNISHED");
    assertThat(jdbc.queryForObject("select punishment_measures from commitment_case where case_no = ?", String.class,
        caseNo)).isEqualTo("REVOKE_LICENCE,PUBLICITY");
  }

  @Test
  void aThreeLevelDecisionPassesEachLevelThroughTheTaskApiAndALevelWithoutItsOpinionChangesNothing() throws Exception {
    String caseNo = acceptedThroughTheApi("JTJ-HY-001");
    assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo, "leader").body())
        .as("承办 is not the head's").isEqualTo("[]");

    refused(caseNo, "Task_ReviewDecision", "approver", "{\"approvalChoice\":{\"value\":\"FORWARD\"}}",
        "{\"approvalChoice\":{\"value\":\"FORWARD\"},\"approvalOpinion\":{\"value\":\"   \"}}",
        "{\"approvalChoice\":{\"value\":\"SKIP\"},\"approvalOpinion\":{\"value\":\"同意\"}}");
    assertThat(jdbc.queryForObject("select count(*) from case_approval_opinion where case_no = ?", Integer.class,
        caseNo)).isZero();

    forward(caseNo, "Task_ReviewDecision", "材料齐全，拟同意");
    forward(caseNo, "Task_ReviewDecision", "经审核，同意");
    complete(caseNo, "Task_MakeDecision", "leader", "{\"decision\":{\"value\":\"APPROVE\"},"
        + "\"decisionOpinion\":{\"value\":\"同意，准予许可\"}}");

    assertThat(jdbc.queryForList("select outcome from case_approval_opinion where case_no = ? order by id",
        String.class, caseNo)).containsExactly("FORWARD", "FORWARD", "DECIDE");
    assertThat(http.get("/api/cases/" + caseNo + "/documents", "auditor").body()).contains("行政许可审批表");
    assertThat(http.get("/api/cases/" + caseNo + "/history", "auditor").body()).contains("逐级审批意见", "经审核，同意");
  }

  /** A level below the final one gives its opinion and forwards the case (approver-&lt;dept&gt; at 承办). */
  private void forward(String caseNo, String taskKey, String opinion) {
    complete(caseNo, taskKey, "approver", "{\"approvalChoice\":{\"value\":\"FORWARD\"},\"approvalOpinion\":{\"value\":\""
        + opinion + "\"}}");
  }

  /** Each of these submissions of the case's open task is refused with a 400. */
  private void refused(String caseNo, String taskKey, String user, String... submissions) {
    String taskId = json(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
        + "&taskDefinitionKey=" + taskKey, user)).get(0).get("id").asText();
    for (String bad : submissions) {
      HttpResponse<String> refused = http.post("/engine-rest/task/" + taskId + "/complete", user,
          "{\"variables\":" + bad + "}");
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
    }
  }

  private List<String> punishmentOpinions(String caseNo) {
    return jdbc.queryForList("select outcome from case_approval_opinion where case_no = ? and phase = 'PUNISHMENT'"
        + " order by id", String.class, caseNo);
  }

  @Test
  void aTwoLevelPunishmentPassesEachLevelThroughTheTaskApiAndARefusedSubmissionChangesNothing() throws Exception {
    String caseNo = acceptedThroughTheApi("CGJ-GG-001");
    forward(caseNo, "Task_ReviewDecision", "拟同意");
    complete(caseNo, "Task_MakeDecision", "leader", "{\"decision\":{\"value\":\"DENY_FALSE_COMMITMENT\"},"
        + "\"falseCommitmentFindings\":{\"value\":\"场地使用证明系伪造\"},\"decisionOpinion\":{\"value\":\"不予许可\"}}");
    complete(caseNo, "Task_ProposePunishment", "approver", "{\"punishmentMeasures\":{\"value\":"
        + "\"[\\\"PUBLICITY\\\"]\",\"type\":\"Json\"},\"punishmentBasis\":{\"value\":\"虚假承诺\"}}");
    driver.fireDeadline(driver.cases.require(caseNo), "statement");
    assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo, "leader").body())
        .as("承办 is not the head's").isEqualTo("[]");

    refused(caseNo, "Task_ReviewPunishment", "approver", "{\"approvalChoice\":{\"value\":\"FORWARD\"}}",
        "{\"approvalChoice\":{\"value\":\"RETURN\"},\"approvalOpinion\":{\"value\":\"重拟\"},"
            + "\"returnReason\":{\"value\":\"措施过重\"}}");
    assertThat(punishmentOpinions(caseNo)).isEmpty();
    forward(caseNo, "Task_ReviewPunishment", "事实清楚，拟予公示");

    String decision = "\"punishmentMeasures\":{\"value\":\"[\\\"PUBLICITY\\\"]\",\"type\":\"Json\"},"
        + "\"punishmentBasis\":{\"value\":\"虚假承诺\"}";
    refused(caseNo, "Task_DecidePunishment", "leader", "{" + decision + "}",
        "{\"punishmentChoice\":{\"value\":\"SKIP\"}," + decision + ",\"punishmentOpinion\":{\"value\":\"同意\"}}");
    assertThat(punishmentOpinions(caseNo)).containsExactly("FORWARD");
    assertThat(jdbc.queryForObject("select punishment_measures from commitment_case where case_no = ?", String.class,
        caseNo)).isNull();
    complete(caseNo, "Task_DecidePunishment", "leader", "{" + decision + ",\"punishmentOpinion\":{\"value\":\"同意\"}}");

    assertThat(endState(caseNo)).isEqualTo("PUNISHED");
    assertThat(punishmentOpinions(caseNo)).containsExactly("FORWARD", "DECIDE");
    assertThat(http.get("/api/cases/" + caseNo + "/documents", "auditor").body()).contains("失信惩戒审批表",
        "行政许可审批表");
    assertThat(http.get("/api/cases/" + caseNo + "/history", "auditor").body()).contains("失信惩戒决定",
        "事实清楚，拟予公示");
  }

  @Test
  void aFalseCommitmentDecisionWithoutFindingsIsRefusedAndChangesNothing() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    complete(caseNo, "Task_NotifyConditions", "clerk",
        "{\"conditionsNotified\":{\"value\":true},\"notifyChannel\":{\"value\":\"WINDOW\"}}");
    sign(caseNo);
    complete(caseNo, "Task_AcceptApplication", "clerk", "{\"acceptanceDecision\":{\"value\":\"ACCEPT\"}}");
    String taskId = json(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
        + "&taskDefinitionKey=Task_MakeDecision", "approver")).get(0).get("id").asText();
    HttpResponse<String> refused = http.post("/engine-rest/task/" + taskId + "/complete", "approver",
        "{\"variables\":{\"decision\":{\"value\":\"DENY_FALSE_COMMITMENT\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("falseCommitmentFindings");
    assertThat(jdbc.queryForObject("select count(*) from commitment_case where case_no = ? and decision is null"
        + " and false_commitment_reason is null", Integer.class, caseNo)).isEqualTo(1);

    complete(caseNo, "Task_MakeDecision", "approver", "{\"decision\":{\"value\":\"DENY_FALSE_COMMITMENT\"},"
        + "\"falseCommitmentFindings\":{\"value\":\"营业执照复印件系伪造\"}}");
    assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo
        + "&taskDefinitionKey=Task_ProposePunishment", "approver").body()).contains("Task_ProposePunishment");
  }

  @Test
  void badApplicationsAreRefusedClearlyAndStartNothing() throws Exception {
    String code = driver.subject("AA");
    String name = driver.registry.profile(code).name(); // the right name: each request has one other fault
    String[][] bad = {
        {"{\"applicantCode\":\"" + code.toLowerCase() + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\","
            + "\"itemCode\":\"SCJG-SP-001\",\"commitmentType\":\"NOTIFY_COMMIT\"}", "invalid-applicant-code"},
        {"{\"applicantCode\":\"" + code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0')
            + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\",\"itemCode\":\"SCJG-SP-001\","
            + "\"commitmentType\":\"NOTIFY_COMMIT\"}", "invalid-applicant-code"},
        {"{\"applicantCode\":\"" + code + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\","
            + "\"itemCode\":\"NO-SUCH\",\"commitmentType\":\"NOTIFY_COMMIT\"}", "unknown-item"},
        {"{\"applicantCode\":\"" + code + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\","
            + "\"itemCode\":\"YJJ-WH-001\",\"commitmentType\":\"NOTIFY_COMMIT\"}", "item-excluded"},
        {"{\"applicantCode\":\"" + code + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\","
            + "\"itemCode\":\"RSJ-LW-002\",\"commitmentType\":\"TOLERATE_MISSING\",\"missingMaterials\":[\"验资证明\"]}",
            "type-not-offered"},
        {"{\"applicantCode\":\"" + code + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"not-an-email\","
            + "\"itemCode\":\"SCJG-SP-001\",\"commitmentType\":\"NOTIFY_COMMIT\"}", "invalid-body"},
        {"{\"applicantCode\":\"" + code + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\","
            + "\"itemCode\":\"SCJG-SP-001\",\"commitmentType\":\"SOMETHING\"}", "malformed-body"},
        {"{\"applicantCode\":\"" + code + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@b.cn\","
            + "\"itemCode\":\"SCJG-SP-001\",\"commitmentType\":\"NOTIFY_COMMIT\",\"extra\":1}", "malformed-body"},
        {"not json", "malformed-body"},
    };
    for (String[] request : bad) {
      HttpResponse<String> response = http.post("/api/cases", "portal", request[0]);
      assertThat(response.statusCode()).as(request[0] + " → " + response.body()).isEqualTo(400);
      assertThat(response.body()).contains(request[1]).contains("messageZh").contains("messageEn");
    }
    assertThat(jdbc.queryForObject("select count(*) from commitment_case where applicant_code_idx = ?",
        Integer.class, index.of(code))).isZero();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("%").variableValueEquals("applicantCode", code).count()).isZero();
  }

  @Test
  void toleratedMissingIsOnlyForMaterialsTheLawDoesNotMakeSubstantive() throws Exception {
    String code = driver.subject("AAA");
    String name = driver.registry.profile(code).name();
    for (String substantive : List.of("食品经营许可申请书", "营业执照复印件")) {
      var body = JSON.createObjectNode().put("applicantCode", code).put("applicantName", name)
          .put("applicantEmail", "applicant@example.test").put("itemCode", "SCJG-SP-001")
          .put("commitmentType", "TOLERATE_MISSING");
      body.putPOJO("missingMaterials", List.of("食品安全管理制度文本", substantive));
      HttpResponse<String> refused = http.post("/api/cases", "portal", JSON.writeValueAsString(body));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = json(refused);
      assertThat(problem.get("code").asText()).isEqualTo("substantive-material");
      assertThat(problem.get("messageZh").asText()).contains("「" + substantive + "」", "实质性要件材料", "不能容缺");
      assertThat(problem.get("messageEn").asText()).contains("'" + substantive + "'", "substantive");
    }
    assertThat(jdbc.queryForObject("select count(*) from commitment_case where applicant_code_idx = ?",
        Integer.class, index.of(code))).isZero();
    // a material the catalogue marks tolerable is taken
    String caseNo = apply(code, "SCJG-SP-001", "TOLERATE_MISSING", List.of("食品安全管理制度文本"));
    assertThat(driver.cases.require(caseNo).missingMaterials()).containsExactly("食品安全管理制度文本");
  }

  @Test
  void operationsTheCaseIsNotWaitingForAre409() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    HttpResponse<String> early = http.post("/api/cases/" + caseNo + "/materials", "portal", "{\"materials\":[\"x\"]}");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("messageZh");
  }

  @Test
  void aTaskIsCompletedOnlyByItsCandidateGroup() throws Exception {
    String caseNo = apply(driver.subject("AA"), "SCJG-SP-001", "NOTIFY_COMMIT", List.of());
    String taskId = driver.task(driver.cases.require(caseNo), "Task_NotifyConditions").getId();
    HttpResponse<String> byApprover = http.post("/engine-rest/task/" + taskId + "/complete", "approver",
        "{\"variables\":{\"conditionsNotified\":{\"value\":true}}}");
    assertThat(byApprover.statusCode()).isEqualTo(403);
    assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + caseNo, "inspector").body()).isEqualTo("[]");
  }

  @Test
  void auditorsCannotOpenCases() {
    HttpResponse<String> response = http.post("/api/cases", "auditor", "{}");
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
