package org.creditcommitment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.documents.DocumentLayoutWorkers;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.objection.Objection;
import org.creditcommitment.objection.ObjectionFiling;
import org.creditcommitment.objection.ObjectionRequest;
import org.creditcommitment.repair.Repair;
import org.creditcommitment.repair.RepairFiling;
import org.creditcommitment.repair.RepairCommitment;
import org.creditcommitment.repair.RepairRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The credit office's documents after a punishment, and the subject's credit commitment report: a repair issues the
 * 信用修复决定书 and the punishment decision on the repaired record is no longer valid; an objection that revokes the
 * record issues the 异议处理结果告知书 and does the same; the report of a subject with a punished and a repaired case
 * states both, lists only the record still in publicity, and names its sources.
 */
class CreditReportTest extends IntegrationTest {

  private static final String FOOD = "SCJG-SP-001";

  @Autowired CaseScenarios scenarios;
  @Autowired CreditFileDriver credit;
  @Autowired RepairFiling repairs;
  @Autowired ObjectionFiling objections;
  @Autowired Documents documents;
  @Autowired FlakyCreditPlatform flaky;
  @Autowired DocumentLayoutWorkers workers;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theReportOfASubjectWithAPunishedAndARepairedCaseStatesBoth() throws Exception {
    String subject = scenarios.subject("AA");
    // a record in publicity bars commitment mode: the repaired case comes first, and its repair lifts the bar
    CaseRecord repaired = scenarios.punished(FOOD, subject, "PUBLICITY");
    long repairedRecord = Long.parseLong(recordOf(repaired));
    Repair repair = repairs.file(new RepairRequest(subject, repairedRecord, List.of("整改报告"), true, true,
        credit.signedRepairLetter(subject, repairedRecord)), "portal", RepairCommitment.Channel.ONLINE);
    credit.complete(repair.processInstanceId(), "Task_InitialReview", "credit-office", Map.of("reviewResult", "COMPLETE"));
    credit.complete(repair.processInstanceId(), "Task_VerifyRepair", "credit-office", Map.of("repairDecision", "APPROVE",
        "verificationOpinion", "已整改到位"));
    assertThat(credit.reload(repairedRecord).status()).isEqualTo(DishonestyStatus.REPAIRED);
    CaseRecord punished = scenarios.punished(FOOD, subject, "PUBLICITY");

    // the repair decision is issued, and the punishment decision on the repaired record no longer stands
    IssuedDocument decision = only(repair.repairNo(), DocumentType.REPAIR_DECISION);
    assertThat(IssuedPdfs.text(documents, decision)).contains("信用修复决定书", repair.repairNo(), "准予信用修复",
        "停止公示");
    assertThat(decision.number()).startsWith("汕信用〔");
    assertThat(decision.issuerName()).isEqualTo("汕尾市社会信用体系建设工作领导小组办公室");
    assertThat(only(repaired.caseNo(), DocumentType.PUNISHMENT_DECISION).invalidReason())
        .contains("信用修复", repair.repairNo());
    assertThat(only(punished.caseNo(), DocumentType.PUNISHMENT_DECISION).valid()).isTrue();
    assertThat(credit.notifications.forCase(repair.repairNo())).anySatisfy(mail ->
        assertThat(mail.body()).contains(documents.verifyUrl(decision)));

    var answer = http.post("/api/subjects/" + subject + "/credit-reports", "clerk", "{}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    JsonNode view = json.readTree(answer.body());
    IssuedDocument report = documents.find(view.get("id").asLong()).orElseThrow();
    assertThat(report.type()).isEqualTo(DocumentType.CREDIT_REPORT);
    assertThat(report.caseNo()).isNull();
    assertThat(view.get("number").asText()).startsWith("汕信用报〔");
    String text = IssuedPdfs.text(documents, report);
    assertThat(text).contains("信用承诺履约报告", punished.caseNo(), repaired.caseNo(), "已实施失信惩戒",
        // the record still in publicity is listed; the repaired one is left out, as the report says
        punished.caseNo() + "（记录" + recordOf(punished) + "）", repair.repairNo(), "准予信用修复",
        "已超过公示期限或已经信用修复的失信信息不在本报告中展示", "可替代无违法违规证明使用", "本系统信用承诺办件记录", "政务服务窗口");
    assertThat(text).doesNotContain("记录" + repairedRecord + "）");

    // the report is listed for the subject and printable by the clerk; the print is recorded on the subject
    var listed = http.get("/api/subjects/" + subject + "/credit-reports", "auditor");
    assertThat(listed.body()).contains(report.verificationCode());
    assertThat(http.get("/api/documents/" + report.id() + "/pdf", "clerk").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/documents/" + report.id() + "/pdf", "approver").statusCode()).isEqualTo(404);
    assertThat(http.post("/api/subjects/" + subject + "/credit-reports", "approver", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void aRequestedReportIsAnsweredLaidOutEvenWhileTheLayoutPoolIsBusyWithOtherDocuments() throws Exception {
    String subject = scenarios.subject("AA");
    ThreadPoolExecutor pool = DocumentLayoutWorkers.pool(1, 100);
    CountDownLatch busy = new CountDownLatch(1);
    Executor before = workers.use(pool);
    try {
      pool.execute(() -> {
        try {
          busy.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });

      var answer = http.post("/api/subjects/" + subject + "/credit-reports", "clerk", "{}");

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      JsonNode report = json.readTree(answer.body());
      assertThat(report.get("laidOut").asBoolean()).as("the requester waits for the report itself").isTrue();
      assertThat(http.get("/api/documents/" + report.get("id").asLong() + "/pdf", "clerk").statusCode())
          .isEqualTo(200);
    } finally {
      busy.countDown();
      workers.use(before);
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void theReportListsThePenaltiesOfEveryFieldItCoversWithinItsPeriodInPlaceOfACertificateOfNoViolation()
      throws Exception {
    String subject = scenarios.subject("AA");
    LocalDate today = LocalDate.now(clock);
    long performed = credit.registry.addPenalty(subject, "汕市监罚〔2025〕7号", "销售标签不合格食品，罚款五千元", "市场监管",
        today.minusYears(2));
    credit.registry.markPenaltyPerformed(performed);
    credit.registry.addPenalty(subject, "汕应急罚〔2026〕3号", "未按规定开展安全培训，罚款一万元", "安全生产",
        today.minusMonths(2));
    credit.registry.addUnperformedPenalty(subject, "汕罚〔2026〕9号", "领域未注明的处罚", today.minusMonths(1));
    credit.registry.addPenalty(subject, "汕税罚〔2021〕1号", "报告期间以前的处罚", "税务", today.minusYears(4));

    var answer = http.post("/api/subjects/" + subject + "/credit-reports", "clerk", "{}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String text = IssuedPdfs.text(documents, documents.find(json.readTree(answer.body()).get("id").asLong())
        .orElseThrow());
    String period = Documents.date(today.minusYears(3).plusDays(1)) + "至" + Documents.date(today);
    assertThat(text).contains("行政处罚查询期间" + period, "行政处罚涵盖领域", "五、行政处罚情况",
        "市场监管汕市监罚〔2025〕7号", "已履行", "安全生产汕应急罚〔2026〕3号", "未履行", "未注明领域汕罚〔2026〕9号",
        // a field the report covers with no penalty says so
        "消防安全无", "医疗保障无", "在所列领域和期间内可替代无违法违规证明使用", "公共信用信息平台行政处罚信息");
    assertThat(text).as("a penalty before the period").doesNotContain("汕税罚〔2021〕1号");
  }

  @Test
  void theReportOfANaturalPersonFindsItsRecordsInTheRegistryWhereItsIdNumberIsEncrypted() throws Exception {
    String person = credit.person();
    LocalDate today = LocalDate.now(clock);
    credit.registry.addPenalty(person, "汕市监罚〔2026〕21号", "无证经营，罚款二千元", "市场监管", today.minusMonths(2));

    var answer = http.post("/api/subjects/" + person + "/credit-reports", "clerk", "{}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String text = IssuedPdfs.text(documents, documents.find(json.readTree(answer.body()).get("id").asLong())
        .orElseThrow());
    assertThat(text).contains("市场监管汕市监罚〔2026〕21号", "未履行");
  }

  @Test
  void withoutThePenaltiesFromTheCreditPlatformNoReportIsIssued() throws Exception {
    String subject = scenarios.subject("AA");
    flaky.failNext("penalties", 3);
    try {
      var refused = http.post("/api/subjects/" + subject + "/credit-reports", "clerk", "{}");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(refused.body()).contains("credit-platform-unavailable", "messageZh", "messageEn");
    } finally {
      flaky.heal();
    }
    assertThat(json.readTree(http.get("/api/subjects/" + subject + "/credit-reports", "auditor").body()))
        .as("no report issued").isEmpty();
  }

  @Test
  void aReportAsOfADayBeforeTheRecordsBeginOrOfADayToComeIsRefusedAndNothingIsIssued() throws Exception {
    String subject = scenarios.subject("AA");
    String reports = "/api/subjects/" + subject + "/credit-reports";
    String tomorrow = java.time.LocalDate.now(clock).plusDays(1).toString();
    for (String asOf : List.of("0001-01-01", "1999-12-31", "2019-12-31", "-999999999-01-01", "+999999999-12-31",
        tomorrow)) {
      var refused = http.post(reports, "clerk", "{\"asOf\":\"" + asOf + "\"}");
      assertThat(refused.statusCode()).as(asOf + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.body()).contains("messageZh", "messageEn");
    }
    assertThat(json.readTree(http.post(reports, "clerk", "{\"asOf\":\"0001-01-01\"}").body()).get("code")
        .asText()).isEqualTo("as-of-before-records");
    assertThat(json.readTree(http.get(reports, "auditor").body())).as("no report issued").isEmpty();

    var firstDay = http.post(reports, "clerk", "{\"asOf\":\"2020-01-01\"}");
    assertThat(firstDay.statusCode()).as("the first day of the records (cc.report.records-since): "
        + firstDay.body()).isEqualTo(201);
  }

  @Test
  void anObjectionThatRevokesTheRecordIssuesItsResultAndThePunishmentDecisionNoLongerStands() {
    String subject = scenarios.subject("AA");
    CaseRecord punished = scenarios.punished(FOOD, subject, "PUBLICITY");
    long record = Long.parseLong(recordOf(punished));
    Objection objection = objections.file(new ObjectionRequest(subject, record, "该失信认定所依据的核查结论已被撤销",
        List.of("复核意见书")), "portal");
    credit.complete(objection.processInstanceId(), "Task_AnswerObjection", "provider", Map.of(
        "objectionDecision", "REVOKE", "answerExplanation", "经核实，核查结论有误，撤销该记录"));

    IssuedDocument result = only(objection.objectionNo(), DocumentType.OBJECTION_RESULT);
    assertThat(IssuedPdfs.text(documents, result)).contains("异议处理结果告知书", objection.objectionNo(),
        "已撤销该记录", "核查结论有误");
    IssuedDocument decision = only(punished.caseNo(), DocumentType.PUNISHMENT_DECISION);
    assertThat(decision.valid()).isFalse();
    assertThat(decision.invalidReason()).contains("异议", objection.objectionNo(), "撤销");
  }

  @Test
  void aNaturalPersonsReportStatesTheirObjectionsAndRepairsFoundByTheEncryptedIdNumberAndShowsItMasked()
      throws Exception {
    String id = credit.person();
    long objected = credit.record(id);
    long repaired = credit.record(id);
    Objection objection = objections.file(new ObjectionRequest(id, objected, "该处罚已被行政复议撤销",
        List.of("复议决定书")), "portal");
    Repair repair = repairs.file(new RepairRequest(id, repaired, List.of("整改报告"), true, true,
        credit.signedRepairLetter(id, repaired)), "portal", RepairCommitment.Channel.ONLINE);

    var answer = http.post("/api/subjects/" + id + "/credit-reports", "clerk", "{}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    IssuedDocument report = documents.find(json.readTree(answer.body()).get("id").asLong()).orElseThrow();
    String text = IssuedPdfs.text(documents, report);
    assertThat(text).contains(objection.objectionNo(), repair.repairNo(),
        id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
    assertThat(http.get("/api/subjects/" + id + "/credit-reports", "auditor").body())
        .contains(report.verificationCode());
  }

  private String recordOf(CaseRecord c) {
    return only(c.caseNo(), DocumentType.PUNISHMENT_DECISION).recordRef();
  }

  private IssuedDocument only(String key, DocumentType type) {
    List<IssuedDocument> found = documents.forCase(key).stream().filter(d -> d.type() == type).toList();
    assertThat(found).as("%s of %s", type, key).hasSize(1);
    return found.get(0);
  }
}
