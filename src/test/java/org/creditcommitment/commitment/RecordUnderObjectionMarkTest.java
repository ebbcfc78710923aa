package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.adapters.NewDishonestyRecord;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.objection.ObjectionFiling;
import org.creditcommitment.objection.ObjectionRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A record under objection keeps its effect until the objection is decided (汕府办函〔2021〕17号 六（二十三）), and wherever
 * it shows it says 异议处理中: the eligibility reason the clerk's and approver's forms, the case view and the applicant's
 * notice show, the credit office's subject view, the credit report and the auditor's history of the case.
 */
class RecordUnderObjectionMarkTest extends IntegrationTest {

  private static final String MARK = "异议处理中";

  @Autowired LifecycleDriver driver;
  @Autowired ObjectionFiling objections;
  @Autowired Notifications notifications;
  @Autowired Documents documents;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aRecordUnderObjectionIsMarkedUnderObjectionWhereverItShows() throws Exception {
    String code = driver.subject("AA");
    LocalDate today = LocalDate.now(clock);
    long recordId = driver.registry.addDishonestyRecord(code, new NewDishonestyRecord("汕尾市市场监督管理局",
        "未按承诺期限补齐容缺材料", "食品安全", today, today, today.plusYears(1)));
    objections.file(new ObjectionRequest(code, recordId, "该失信认定所依据的核查结论已被撤销", List.of("复核意见书")), "portal");

    // the record still bars commitment mode, and the reason the forms and the case view show names it with its mark
    CaseRecord c = driver.apply(code, "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    CaseRecord decided = driver.reload(c);
    assertThat(decided.eligible()).isFalse();
    assertThat(decided.eligibilityReason()).contains("限制适用信用承诺", "失信记录 #" + recordId + "（" + MARK);
    JsonNode view = json.readTree(http.get("/api/cases/" + c.caseNo(), "clerk").body());
    assertThat(view.path("eligibilityReason").asText()).contains("#" + recordId + "（" + MARK);
    assertThat(notifications.forCase(c.caseNo())).anySatisfy(mail -> assertThat(mail.body()).contains(MARK));

    // the credit office's subject view
    JsonNode profile = json.readTree(http.get("/api/subjects/" + code + "/credit?purpose=objection", "credit-office").body());
    assertThat(profile.path("dishonestyRecords")).singleElement().satisfies(record -> {
      assertThat(record.path("status").asText()).isEqualTo("UNDER_OBJECTION");
      assertThat(record.path("statusLabel").asText()).isEqualTo(MARK);
    });

    // the credit report
    var issued = http.post("/api/subjects/" + code + "/credit-reports", "clerk", "{}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String report = IssuedPdfs.text(documents, documents.find(json.readTree(issued.body()).get("id").asLong())
        .orElseThrow());
    assertThat(report).contains("记录" + recordId + "，" + MARK);

    // the auditor's history of the case: the credit query counts the record with its mark (no database id: the
    // business view names no ids)
    var history = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(json.readTree(history.body()).path("events").toString()).contains("1 条：" + MARK);
  }
}
