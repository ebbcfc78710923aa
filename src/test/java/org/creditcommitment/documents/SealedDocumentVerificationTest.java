package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.HashAlgorithm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The organ's electronic seal as the verification page and the staff list show it: who sealed, when, with which
 * algorithm, and whether the file is intact; a document issued before documents were sealed still verifies by its
 * digest and says it carries no seal; a stored file changed after issue is reported as not intact.
 */
class SealedDocumentVerificationTest extends IntegrationTest {

  @Autowired Documents documents;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();

  private IssuedDocument issue(String caseNo) {
    IssuedDocument issued = documents.issue(new DocumentRequest(DocumentType.LICENCE_DECISION, caseNo,
        TestCodes.uscc(), "某某餐饮有限公司", "食品经营许可（仅销售预包装食品）", "scjg", null,
        Map.of("licenceNo", "SCJG-SP-001-" + caseNo, "commitmentTypeLabel", "告知承诺", "decisionDate", "2026年11月30日")));
    return documents.find(issued.id()).orElseThrow();
  }

  private JsonNode verification(IssuedDocument document) throws Exception {
    return json.readTree(http.get("/public/api/documents/" + document.verificationCode(), null).body());
  }

  @Test
  void theVerificationPageSaysWhoSealedAnIssuedDocumentWhenWithWhichAlgorithmAndThatItIsIntact() throws Exception {
    String caseNo = "YY" + System.nanoTime();
    IssuedDocument issued = issue(caseNo);

    JsonNode body = verification(issued);

    assertThat(body.get("intact").asBoolean()).isTrue();
    JsonNode seal = body.get("seal");
    assertThat(seal.get("sealed").asBoolean()).isTrue();
    assertThat(seal.get("intact").asBoolean()).isTrue();
    assertThat(seal.get("algorithm").asText()).isEqualTo("SM3withSM2");
    assertThat(seal.get("organ").asText()).isEqualTo("信用承诺演示发文机关");
    assertThat(seal.get("signer").asText()).contains("电子印章");
    assertThat(seal.get("demo").asBoolean()).isTrue();
    assertThat(seal.get("signedAt").asText()).isNotBlank();
    assertThat(seal.get("summary").asText()).startsWith("已加盖电子印章，签章有效");
    // the digest stored and shown is of the sealed bytes, which are what is downloaded
    assertThat(issued.sha256()).isEqualTo(HashAlgorithm.SM3.hex(documents.content(issued), null));

    JsonNode list = json.readTree(http.get("/api/cases/" + caseNo + "/documents", "clerk").body());
    assertThat(list.get(0).get("intact").asBoolean()).isTrue();
    assertThat(list.get(0).get("seal").get("algorithm").asText()).isEqualTo("SM3withSM2");
  }

  @Test
  void aDocumentIssuedBeforeDocumentsWereSealedStillVerifiesByItsDigestAndSaysItCarriesNoSeal() throws Exception {
    IssuedDocument issued = issue("YY" + System.nanoTime());
    // as a document laid out before the upgrade is stored: the renderer's bytes, unsealed, and their digest
    byte[] earlier = SamplePdfs.laidOut(DocumentType.LICENCE_DECISION);
    jdbc.update("update issued_document set content = ?, sha256 = ?, content_size = ? where id = ?", earlier,
        HashAlgorithm.SM3.hex(earlier, null), earlier.length, issued.id());

    JsonNode body = verification(issued);

    assertThat(body.get("intact").asBoolean()).isTrue();
    assertThat(body.get("seal").get("sealed").asBoolean()).isFalse();
    assertThat(body.get("seal").get("summary").asText()).startsWith("未加盖电子印章");
  }

  @Test
  void aStoredFileChangedAfterIssueIsReportedNotIntactOnThePageAndInTheStaffList() throws Exception {
    String caseNo = "YY" + System.nanoTime();
    IssuedDocument issued = issue(caseNo);
    byte[] changed = documents.content(issued).clone();
    int at = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 40;
    changed[at] ^= 0x01;
    // a database administrator who also recomputes the digest: the seal still tells
    jdbc.update("update issued_document set content = ?, sha256 = ? where id = ?", changed,
        HashAlgorithm.SM3.hex(changed, null), issued.id());

    JsonNode body = verification(issued);

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.get("seal").get("intact").asBoolean()).isFalse();
    assertThat(body.get("seal").get("summary").asText()).contains("无效");
    JsonNode list = json.readTree(http.get("/api/cases/" + caseNo + "/documents", "clerk").body());
    assertThat(list.get(0).get("intact").asBoolean()).isFalse();
  }
}
