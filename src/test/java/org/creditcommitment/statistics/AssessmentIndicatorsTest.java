package org.creditcommitment.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.commitment.LifecycleTestSupport;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.PushRefusals;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The indicators the credit office is assessed on (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（一）、一（三）;
 * 义政数〔2020〕17号 四（六）), measured from the records: 上报率, 合规率, 重错码率 and 践诺率 that does not count cases never
 * inspected as kept; an empty period has no indicator ("—"), not 0 %.
 */
class AssessmentIndicatorsTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired CaseScenarios scenarios;
  @Autowired LifecycleTestSupport lifecycle;
  @Autowired PushRefusals refusals;
  @Autowired CreditFileDriver credit;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anEmptyPeriodHasNoIndicatorsRatherThanZeroPercent() throws Exception {
    HttpResponse<String> response = http.get("/api/statistics?from=2001-01-01&to=2001-01-31", "credit-office");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode total = JSON.readTree(response.body()).get("total");
    for (String rate : List.of("reportingRate", "complianceRate", "codeErrorRate", "inspectedFulfilmentRate")) {
      assertThat(total.get(rate).isNull()).as(rate).isTrue();
    }
    for (String data : List.of("licensing", "penalty")) {
      for (String rate : List.of("reportingRate", "complianceRate", "timeliness")) {
        assertThat(total.get(data).get(rate).isNull()).as(data + "." + rate).isTrue();
      }
    }
    assertThat(total.get("inspectedFulfilled").asLong()).isZero();
    String csv = http.get("/api/statistics.csv?from=2001-01-01&to=2001-01-31", "credit-office").body();
    String totalLine = csv.lines().filter(l -> l.startsWith("合计")).findFirst().orElseThrow();
    assertThat(totalLine).endsWith(",—,0,0,—,0,0,—,0,0,—");
  }

  @Test
  void theFulfilmentRateOfTheInspectedLeavesOutCasesNeverDrawnWhichAreCountedApart() throws Exception {
    String item = item();
    scenarios.fulfilled(item);
    CaseRecord notDrawn = lifecycle.approvedCase("A+", item);
    assertThat(lifecycle.endState(notDrawn)).isEqualTo("FULFILLED");
    scenarios.punishedAfterRefusingRectification(item);

    JsonNode row = row(item);
    assertThat(row.get("inspectedFulfilled").asLong()).isEqualTo(1);
    assertThat(row.get("notDrawn").asLong()).isEqualTo(1);
    assertThat(row.get("unfulfilled").asLong()).isEqualTo(1);
    assertThat(row.get("inspectedFulfilmentRate").decimalValue()).isEqualByComparingTo("0.5");
    // the earlier rate counted the case never inspected as kept
    assertThat(row.get("fulfilmentRate").decimalValue()).isEqualByComparingTo("0.6667");
    // the item's category (证明事项型) adds up its items, these cases among them
    JsonNode certification = null;
    for (JsonNode category : JSON.readTree(http.get("/api/statistics", "credit-office").body()).get("categories")) {
      if ("CERTIFICATION".equals(category.get("category").asText())) {
        certification = category;
      }
    }
    assertThat(certification).isNotNull();
    assertThat(certification.get("categoryLabel").asText()).isEqualTo("证明事项型");
    assertThat(certification.get("figures").get("notDrawn").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(certification.get("figures").get("unfulfilled").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theReportingRateCountsLicencesAndPenaltiesDueAgainstThoseThePlatformAccepted() throws Exception {
    String item = item();
    scenarios.fulfilled(item);
    scenarios.punishedAfterRefusingRectification(item);
    scenarios.approvedWithPushPending(item);
    scenarios.withdrawn(item);

    JsonNode row = row(item);
    // due: three licences and one penalty; the licence whose push waits for a retry is not reported yet
    assertThat(row.get("indicators").get("reportsDue").asLong()).isEqualTo(4);
    assertThat(row.get("indicators").get("reported").asLong()).isEqualTo(3);
    assertThat(row.get("reportingRate").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(row.get("complianceRate").decimalValue()).isEqualByComparingTo("1");
  }

  @Test
  void theComplianceRateCountsAPushThePlatformRefusedEvenWhenItWasAcceptedLater() throws Exception {
    String item = item();
    CaseRecord refusedFirst = scenarios.fulfilled(item);
    scenarios.fulfilled(item);
    refusals.record(new CreditRecord(CreditRecordType.COMMITMENT, refusedFirst.applicantCode(), refusedFirst.caseNo(),
        Map.of(), refusedFirst.caseNo() + ":commitment"), 422, "{\"error\":\"licence number missing\"}");

    JsonNode row = row(item);
    assertThat(row.get("indicators").get("pushesAttempted").asLong()).isEqualTo(2);
    assertThat(row.get("indicators").get("pushesRefused").asLong()).isEqualTo(1);
    assertThat(row.get("complianceRate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(row.get("reportingRate").decimalValue()).isEqualByComparingTo("1");
  }

  @Test
  void theCodeErrorRateIsTheApplicantsCodesFailingTheirCheckCharacterPerTenThousand() throws Exception {
    String item = item();
    String failing = TestCodes.usccWithWrongCheck();
    assertThat(http.post("/api/checksum-exceptions", "credit-office", "{\"code\":\"" + failing
        + "\",\"reason\":\"早期赋码，经登记机关核实\"}").statusCode()).isEqualTo(201);
    assertThat(http.post("/api/subjects", "credit-office", "{\"code\":\"" + failing
        + "\",\"name\":\"汕尾市早期赋码有限公司\",\"email\":\"early@example.org\",\"grade\":\"AA\"}").statusCode()).isEqualTo(201);
    // every case of the period counts its applicant's code, whatever became of it
    apply(item, failing, "汕尾市早期赋码有限公司");
    String valid = TestCodes.uscc();
    assertThat(http.post("/api/subjects", "credit-office", "{\"code\":\"" + valid
        + "\",\"name\":\"汕尾市正确赋码有限公司\",\"email\":\"valid@example.org\",\"grade\":\"AA\"}").statusCode())
        .isEqualTo(201);
    apply(item, valid, "汕尾市正确赋码有限公司");

    JsonNode row = row(item);
    assertThat(row.get("indicators").get("codes").asLong()).isEqualTo(2);
    assertThat(row.get("indicators").get("codeErrors").asLong()).isEqualTo(1);
    assertThat(row.get("codeErrorRate").decimalValue()).isEqualByComparingTo("5000");
  }

  @Test
  void penaltyDataHaveTheirOwnReportingComplianceAndTimelinessBesideLicensingData() throws Exception {
    String item = item();
    scenarios.fulfilled(item);
    CaseRecord refusedFirst = scenarios.punishedAfterRefusingRectification(item);
    scenarios.punishedAfterRefusingRectification(item);
    refusals.record(new CreditRecord(CreditRecordType.DISHONESTY, refusedFirst.applicantCode(), refusedFirst.caseNo(),
        Map.of(), refusedFirst.caseNo() + ":dishonesty"), 422, "{\"error\":\"basis missing\"}");

    JsonNode row = row(item);
    JsonNode penalty = row.get("penalty");
    assertThat(penalty.get("due").asLong()).isEqualTo(2);
    assertThat(penalty.get("reportingRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(penalty.get("complianceRate").decimalValue()).isEqualByComparingTo("0.5");
    // both dishonesty records reached the platform the day their punishment was decided
    assertThat(penalty.get("decided").asLong()).isEqualTo(2);
    assertThat(penalty.get("inTime").asLong()).isEqualTo(2);
    assertThat(penalty.get("timeliness").decimalValue()).isEqualByComparingTo("1");
    JsonNode licensing = row.get("licensing");
    assertThat(licensing.get("due").asLong()).isEqualTo(3);
    assertThat(licensing.get("complianceRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(licensing.get("timeliness").decimalValue()).isEqualByComparingTo(row.get("push").get("timeliness")
        .decimalValue());
    String csv = http.get("/api/statistics.csv", "credit-office").body();
    assertThat(csv.lines().findFirst().orElseThrow()).contains("处罚信息及时率(%)", "处罚信息合规率(%)", "重码数");
  }

  @Test
  void oneSubjectUnderTwoCodesCountsBothCodesAsDuplicatesAndIsOnTheListForTheCodeOffice() throws Exception {
    String item = item();
    String first = TestCodes.uscc();
    String second = TestCodes.uscc();
    String name = "汕尾市重码测试" + item + "有限公司";
    for (String code : List.of(first, second)) {
      assertThat(http.post("/api/subjects", "credit-office", "{\"code\":\"" + code + "\",\"name\":\"" + name
          + "\",\"email\":\"dup@example.org\",\"grade\":\"AA\"}").statusCode()).isEqualTo(201);
      apply(item, code, name);
    }

    JsonNode row = row(item);
    assertThat(row.get("indicators").get("duplicateCodes").asLong()).isEqualTo(2);
    assertThat(row.get("indicators").get("codeErrors").asLong()).isEqualTo(2);
    assertThat(row.get("codeErrorRate").decimalValue()).isEqualByComparingTo("10000");

    HttpResponse<String> list = http.get("/api/statistics/code-errors", "credit-office");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode entry = null;
    for (JsonNode e : JSON.readTree(list.body()).get("codeErrors")) {
      if (e.get("code").asText().equals(first)) {
        entry = e;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("kind").asText()).isEqualTo("ONE_SUBJECT_SEVERAL_CODES");
    assertThat(entry.get("kindLabel").asText()).isEqualTo("一主体多码");
    assertThat(entry.get("otherCodes").get(0).asText()).isEqualTo(second);
    HttpResponse<String> csv = http.get("/api/statistics/code-errors.csv", "auditor");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFF统一社会信用代码,问题类型").contains(first + ",一主体多码," + name + "," + second);
    // the list names subjects: not for approvers, who read the public figures
    assertThat(http.get("/api/statistics/code-errors", "approver").statusCode()).isEqualTo(403);
  }

  @Test
  void aNaturalPersonsIdNumberStoredEncryptedStillCountsAsOneCodeUnderTwoNamesAndIsListedMasked() throws Exception {
    String item = item();
    String id = TestCodes.residentId();
    apply(item, id, "重码测试甲");
    apply(item, id, "重码测试乙");
    List<String> stored = jdbc.queryForList("select applicant_code from commitment_case where item_code = ?",
        String.class, item);
    assertThat(stored).hasSize(2).allSatisfy(code -> assertThat(code).startsWith("enc1:").doesNotContain(id));
    assertThat(stored.get(0)).as("each write is encrypted afresh").isNotEqualTo(stored.get(1));

    JsonNode row = row(item);
    assertThat(row.get("indicators").get("duplicateCodes").asLong()).isEqualTo(1);
    assertThat(row.get("indicators").get("codeErrors").asLong()).isEqualTo(1);
    String masked = id.substring(0, 6) + "********" + id.substring(14);
    JsonNode entry = null;
    for (JsonNode e : JSON.readTree(http.get("/api/statistics/code-errors", "credit-office").body())
        .get("codeErrors")) {
      if (e.get("code").asText().equals(masked) && e.get("names").toString().contains("重码测试甲")) {
        entry = e;
      }
    }
    assertThat(entry).as("the ID number, masked, on the list for the code office").isNotNull();
    assertThat(entry.get("kind").asText()).isEqualTo("ONE_CODE_SEVERAL_NAMES");
    assertThat(entry.get("names").toString()).contains("重码测试乙");
  }

  @Test
  void aCodeCorrectedByADataProviderCountsOnTheTotalAndIsOnTheList() throws Exception {
    String wrong = credit.subject();
    String right = credit.subject();
    long recordId = credit.record(wrong);
    HttpResponse<String> filed = http.post("/api/corrections", "provider", "{\"subjectCode\":\"" + wrong
        + "\",\"recordId\":" + recordId + ",\"explanation\":\"代码录错\",\"evidence\":[\"更正函\"],"
        + "\"subjectCodeCorrected\":\"" + right + "\"}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode correction = JSON.readTree(filed.body());
    String no = correction.get("correctionNo").asText();
    assertThat(http.post("/api/corrections/" + no + "/answer", "credit-office", "{\"confirm\":true}").statusCode())
        .isEqualTo(200);
    credit.runJobs(correction.get("processInstanceId").asText());

    JsonNode total = JSON.readTree(http.get("/api/statistics", "credit-office").body()).get("total");
    assertThat(total.get("indicators").get("correctedCodes").asLong()).isGreaterThanOrEqualTo(1);
    String list = http.get("/api/statistics/code-errors", "credit-office").body();
    assertThat(list).contains("\"code\":\"" + wrong + "\"", "代码经更正", no, right);
  }

  private void apply(String item, String code, String name) {
    HttpResponse<String> filed = http.post("/api/cases", "portal", "{\"applicantCode\":\"" + code
        + "\",\"applicantName\":\"" + name + "\",\"applicantEmail\":\"a@example.org\",\"itemCode\":\"" + item
        + "\",\"commitmentType\":\"NOTIFY_COMMIT\",\"missingMaterials\":[]}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
  }

  private JsonNode row(String item) throws Exception {
    HttpResponse<String> response = http.get("/api/statistics", "credit-office");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode row : JSON.readTree(response.body()).get("items")) {
      if (item.equals(row.path("itemCode").asText())) {
        return row;
      }
    }
    throw new AssertionError("No statistics row for " + item);
  }

  /** An item of its own (so other tests' cases do not count), open to subjects of grade A and above. */
  private String item() throws Exception {
    String code = "KH-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    var body = JSON.createObjectNode().put("name", "考核指标测试事项" + code).put("department", "scjg")
        .put("openToCommitment", true).put("category", "CERTIFICATION")
        .put("conditions", "具备测试所需条件").put("standards", "测试标准");
    body.putPOJO("commitmentTypes", List.of("NOTIFY_COMMIT", "TOLERATE_MISSING"));
    body.putPOJO("minimumGrades", Map.of("NOTIFY_COMMIT", "A"));
    body.putPOJO("periods", Map.of("signing", "5WD", "decision", "10WD", "materials", "20WD", "inspection", "P3M",
        "rectification", "15WD"));
    body.putPOJO("materials", List.of("申请表", "管理制度文本"));
    body.putPOJO("tolerableMaterials", List.of("管理制度文本"));
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", JSON.writeValueAsString(body));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return code;
  }
}
