package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.PushedRecords;
import org.creditcommitment.credit.PushedRecords.PushedRecord;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A case's pushes carry the national data items (信用承诺, 行政许可) from the case, its catalogue item and its
 * department (the shipped catalogue's demo codes), and a revoked licence is pushed again as 撤销.
 */
class NationalItemsPushTest extends IntegrationTest {

  private static final String FOOD = "SCJG-SP-001";
  private static final String MARKET_USCC = "11445281MB2C00010B";

  @Autowired CaseScenarios scenarios;
  @Autowired LifecycleDriver driver;
  @Autowired PushedRecords pushed;
  @Autowired Documents documents;
  @Autowired ObjectMapper json;

  @Test
  void aDecidedCasesPushCarriesTheNationalCommitmentAndLicenceItems() throws Exception {
    CaseRecord c = scenarios.fulfilled(FOOD);
    String number = "445281" + c.caseNo();

    JsonNode commitment = payload(c, c.caseNo() + ":commitment");
    assertThat(commitment.path("commitmentNo").asText()).isEqualTo(number);
    assertThat(commitment.path("regionCode").asText()).isEqualTo("445281");
    assertThat(commitment.path("commitmentCategory").asText()).isEqualTo("审批替代型");
    assertThat(commitment.path("commitmentReason").asText()).contains("食品经营许可（仅销售预包装食品）", FOOD, "告知承诺");
    assertThat(commitment.path("commitmentContent").asText()).contains("有与经营的食品品种", "真实、准确、完整、有效")
        .doesNotContain(c.applicantCode());
    assertThat(commitment.path("breachLiability").asText()).contains("虚假承诺", "撤销", "失信惩戒");
    assertThat(commitment.path("disclosureType").asText()).isEqualTo("社会公开");
    assertThat(commitment.path("acceptingUnit").asText()).isEqualTo("市场监督管理局");
    assertThat(commitment.path("acceptingUnitUscc").asText()).isEqualTo(MARKET_USCC);

    JsonNode licence = payload(c, c.caseNo() + ":licence");
    String decided = c.decidedAt().atZoneSameInstant(driver.clock.getZone()).toLocalDate().toString();
    assertThat(licence.path("decisionTitle").asText()).isEqualTo("准予行政许可决定书");
    assertThat(licence.path("decisionNumber").asText())
        .isEqualTo(documents.latest(c.caseNo(), DocumentType.LICENCE_DECISION).orElseThrow().number());
    assertThat(licence.path("licenceCategory").asText()).isEqualTo("普通");
    assertThat(licence.path("licenceNo").asText()).isEqualTo(c.licenceNo());
    assertThat(licence.path("decidedOn").asText()).isEqualTo(decided);
    assertThat(licence.path("validUntil").asText())
        .isEqualTo(java.time.LocalDate.parse(decided).plusYears(5).minusDays(1).toString());
    assertThat(licence.path("authority").asText()).isEqualTo("市场监督管理局");
    assertThat(licence.path("authorityUscc").asText()).isEqualTo(MARKET_USCC);
    assertThat(licence.path("currentStatus").asText()).isEqualTo("有效");
    assertThat(licence.path("commitmentNo").asText()).isEqualTo(number);

    JsonNode fulfilment = payload(c, c.caseNo() + ":fulfilment:inspection");
    assertThat(fulfilment.path("fulfilmentStatus").asText()).isEqualTo("全部履行");
    assertThat(fulfilment.path("commitmentNo").asText()).isEqualTo(number);
  }

  @Test
  void aRevokedLicenceIsPushedAgainWithItsCurrentStatusRevoked() throws Exception {
    CaseRecord c = scenarios.punished(FOOD, driver.subject("AA"), "REVOKE_LICENCE", "PUBLICITY");

    assertThat(payload(c, c.caseNo() + ":licence").path("currentStatus").asText()).isEqualTo("有效");
    JsonNode revoked = payload(c, c.caseNo() + ":licence-revoked");
    assertThat(revoked.path("currentStatus").asText()).isEqualTo("撤销");
    assertThat(revoked.path("licenceNo").asText()).isEqualTo(c.licenceNo());
    assertThat(revoked.path("revocationNumber").asText())
        .isEqualTo(documents.latest(c.caseNo(), DocumentType.PUNISHMENT_DECISION).orElseThrow().number());
    assertThat(revoked.path("authorityUscc").asText()).isEqualTo(MARKET_USCC);
    assertThat(payload(c, c.caseNo() + ":fulfilment:inspection").path("fulfilmentStatus").asText())
        .isEqualTo("全部未履行");
  }

  @Test
  void aPunishmentThatKeepsTheLicencePushesNoRevocation() {
    CaseRecord c = scenarios.punished(FOOD, driver.subject("AA"), "PUBLICITY");

    assertThat(pushed.of(c.caseNo())).extracting(PushedRecord::idempotencyKey)
        .contains(c.caseNo() + ":licence").doesNotContain(c.caseNo() + ":licence-revoked");
  }

  private JsonNode payload(CaseRecord c, String key) throws Exception {
    List<PushedRecord> records = pushed.of(c.caseNo()).stream().filter(r -> r.idempotencyKey().equals(key)).toList();
    assertThat(records).as(key).hasSize(1);
    return json.readTree(records.get(0).payload());
  }
}
