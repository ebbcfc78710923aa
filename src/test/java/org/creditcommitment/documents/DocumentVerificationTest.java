package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.PublicRateLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Verification for anyone, without a login: a valid, a no longer valid and an unknown code; a natural person masked;
 * the document itself for whoever holds the code; an upload byte-identical to the issued PDF or altered. And the staff
 * side: a case's list for those who read the case, the PDF as issued, every download recorded as a print.
 */
class DocumentVerificationTest extends IntegrationTest {

  @Autowired Documents documents;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("documentVerificationRateLimit") FilterRegistrationBean<PublicRateLimit> rateLimit;

  private final ObjectMapper json = new ObjectMapper();

  /** Issued and, as its transaction committed, laid out: as stored now. */
  private IssuedDocument issue(String subjectCode, String subjectName, String caseNo) {
    IssuedDocument issued = documents.issue(new DocumentRequest(DocumentType.DENIAL_DECISION, caseNo, subjectCode,
        subjectName, "食品经营许可（仅销售预包装食品）", "scjg", null, Map.of("reason", "经营场所不符合许可条件。")));
    return documents.find(issued.id()).orElseThrow();
  }

  @Test
  void aValidCodeShowsTheDocumentWithANaturalPersonMaskedAndTheSameCodeTypedLooselyFindsIt() throws Exception {
    String person = TestCodes.residentId();
    IssuedDocument issued = issue(person, "欧阳娜娜", "YY" + System.nanoTime());

    HttpResponse<String> answer = http.get("/public/api/documents/" + issued.verificationCode(), null);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.get("title").asText()).isEqualTo("不予行政许可决定书");
    assertThat(body.get("number").asText()).isEqualTo(issued.number());
    assertThat(body.get("issuer").asText()).isEqualTo("市场监督管理局");
    assertThat(body.get("valid").asBoolean()).isTrue();
    assertThat(body.get("status").asText()).isEqualTo("有效");
    assertThat(body.get("sha256").asText()).isEqualTo(issued.sha256());
    assertThat(body.get("subjectName").asText()).isEqualTo("欧阳**");
    assertThat(body.get("subjectCode").asText()).isEqualTo(person.substring(0, 6) + "********" + person.substring(14));
    assertThat(answer.body()).doesNotContain("娜娜", person);
    String typed = issued.verificationCode().toLowerCase().replace("-", " ");
    assertThat(http.get("/public/api/documents/" + typed.replace(" ", "%20"), null).statusCode()).isEqualTo(200);
  }

  @Test
  void aNaturalPersonsIdNumberIsStoredEncryptedTheirDocumentsAreFoundByItAndAPlainRowIsEncryptedAtStartBytesUntouched() {
    String person = TestCodes.residentId();
    IssuedDocument issued = issue(person, "欧阳娜娜", "YY" + System.nanoTime());
    byte[] pdf = documents.content(issued);

    assertThat(storedCode(issued)).startsWith("enc1:SM4-GCM:").doesNotContain(person);
    assertThat(issued.subjectCode()).isEqualTo(person);
    assertThat(documents.forSubject(person, DocumentType.DENIAL_DECISION)).extracting(IssuedDocument::id)
        .containsExactly(issued.id());

    // as the row was before ID numbers were encrypted: plain, without an index
    jdbc.update("update issued_document set subject_code = ?, subject_code_idx = null where id = ?", person,
        issued.id());
    documents.protectPersonalData();

    assertThat(storedCode(issued)).startsWith("enc1:SM4-GCM:").doesNotContain(person);
    assertThat(documents.forSubject(person, DocumentType.DENIAL_DECISION)).extracting(IssuedDocument::id)
        .containsExactly(issued.id());
    IssuedDocument read = documents.find(issued.id()).orElseThrow();
    assertThat(read.subjectCode()).isEqualTo(person);
    assertThat(read.sha256()).isEqualTo(issued.sha256());
    assertThat(documents.content(read)).isEqualTo(pdf);
  }

  @Test
  void anOrganisationsCodeOnADocumentStaysReadableAndItsDocumentsAreFoundByIt() {
    String uscc = TestCodes.uscc();
    IssuedDocument issued = issue(uscc, "汕尾市测试有限公司", "YY" + System.nanoTime());

    assertThat(storedCode(issued)).isEqualTo(uscc);
    assertThat(documents.forSubject(uscc, DocumentType.DENIAL_DECISION)).extracting(IssuedDocument::id)
        .containsExactly(issued.id());
  }

  private String storedCode(IssuedDocument document) {
    return jdbc.queryForObject("select subject_code from issued_document where id = ?", String.class, document.id());
  }

  @Test
  void aDocumentSupersededLaterIsShownNoLongerValidWithTheReason() throws Exception {
    String caseNo = "YY" + System.nanoTime();
    IssuedDocument issued = issue(TestCodes.uscc(), "某某餐饮有限公司", caseNo);
    documents.invalidate(caseNo, DocumentType.DENIAL_DECISION, "该决定已被行政复议撤销");

    JsonNode body = json.readTree(http.get("/public/api/documents/" + issued.verificationCode(), null).body());

    assertThat(body.get("valid").asBoolean()).isFalse();
    assertThat(body.get("status").asText()).isEqualTo("已失效");
    assertThat(body.get("invalidReason").asText()).isEqualTo("该决定已被行政复议撤销");
    assertThat(body.get("subjectName").asText()).isEqualTo("某某餐饮有限公司");
  }

  @Test
  void anUnknownOrMalformedCodeIsAClearNotFound() {
    for (String code : List.of("0000-0000-0000-0000", "not-a-code", "'%20OR%201=1")) {
      HttpResponse<String> answer = http.get("/public/api/documents/" + code, null);
      assertThat(answer.statusCode()).as(code).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
          assertThat(t).startsWith("application/problem+json"));
      assertThat(answer.body()).contains("未找到该验证码对应的文书", "No document has this verification code");
    }
  }

  @Test
  void theIssuedPdfIsReportedIdenticalAndAnAlteredOneIsNot() throws Exception {
    IssuedDocument issued = issue(TestCodes.uscc(), "某某餐饮有限公司", "YY" + System.nanoTime());
    byte[] pdf = http.send(http.request("/public/api/documents/" + issued.verificationCode() + "/pdf", null, null)
        .GET(), HttpResponse.BodyHandlers.ofByteArray()).body();
    assertThat(pdf).isEqualTo(documents.content(issued));
    byte[] altered = Arrays.copyOf(pdf, pdf.length);
    int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
    altered[at + 1] = (byte) (altered[at + 1] ^ 0x20);

    JsonNode same = compare(issued, pdf);
    JsonNode changed = compare(issued, altered);

    assertThat(same.get("identical").asBoolean()).isTrue();
    assertThat(same.get("uploadedSha256").asText()).isEqualTo(issued.sha256());
    assertThat(changed.get("identical").asBoolean()).isFalse();
    assertThat(changed.get("issuedSha256").asText()).isEqualTo(issued.sha256());
    HttpResponse<String> empty = http.send(http.request("/public/api/documents/" + issued.verificationCode()
        + "/comparison", null, null).header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(empty.statusCode()).isEqualTo(400);
    HttpResponse<String> put = http.send(http.request("/public/api/documents/" + issued.verificationCode(), null, null)
        .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(put.statusCode()).isEqualTo(405);
  }

  @Test
  void aNewDocumentIsDigestedWithSm3AndOneIssuedWithSha256BeforeTheUpgradeStillVerifies() throws Exception {
    IssuedDocument issued = issue(TestCodes.uscc(), "某某餐饮有限公司", "YY" + System.nanoTime());
    byte[] pdf = documents.content(issued);
    assertThat(issued.sha256()).isEqualTo(org.creditcommitment.system.HashAlgorithm.SM3.hex(pdf, null));
    assertThat(json.readTree(http.get("/public/api/documents/" + issued.verificationCode(), null).body())
        .get("hashAlgorithm").asText()).isEqualTo("SM3");

    // as a document issued before digests were configurable is stored after the upgrade's migration
    String sha256 = org.creditcommitment.system.HashAlgorithm.SHA_256.hex(pdf, null);
    jdbc.update("update issued_document set sha256 = ?, hash_alg = 'SHA-256' where id = ?", sha256, issued.id());
    IssuedDocument earlier = documents.find(issued.id()).orElseThrow();

    JsonNode shown = json.readTree(http.get("/public/api/documents/" + earlier.verificationCode(), null).body());
    JsonNode same = compare(earlier, pdf);

    assertThat(shown.get("sha256").asText()).isEqualTo(sha256);
    assertThat(shown.get("hashAlgorithm").asText()).isEqualTo("SHA-256");
    assertThat(same.get("identical").asBoolean()).isTrue();
    assertThat(same.get("uploadedSha256").asText()).isEqualTo(sha256);
    assertThat(same.get("hashAlgorithm").asText()).isEqualTo("SHA-256");
    assertThat(documents.identical(earlier, pdf)).isTrue();
  }

  @Test
  void staffReadACasesDocumentsByTheCaseScopeAndEveryDownloadIsRecordedAsAPrint() throws Exception {
    String caseNo = "YY" + System.nanoTime();
    IssuedDocument issued = issue(TestCodes.uscc(), "某某餐饮有限公司", caseNo);

    // a number no case has is no application case: the scope lets readers of every case through
    JsonNode list = json.readTree(http.get("/api/cases/" + caseNo + "/documents", "clerk").body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("pdf").asText()).isEqualTo("/api/documents/" + issued.id() + "/pdf");
    assertThat(list.get(0).get("verifyUrl").asText()).endsWith("/public/documents/" + issued.verificationCode());
    HttpResponse<byte[]> pdf = http.send(http.request("/api/documents/" + issued.id() + "/pdf", "auditor", "demo")
        .GET(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).isEqualTo(documents.content(issued));
    assertThat(pdf.headers().firstValue("X-Document-SHA256")).contains(issued.sha256());
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ? and actor = ?",
        Integer.class, caseNo, Documents.PRINTED_EVENT, "auditor")).isEqualTo(1);
    assertThat(http.get("/api/documents/999999999/pdf", "clerk").statusCode()).isEqualTo(404);
  }

  @Test
  void verificationIsLimitedPerAddressAndMinute() {
    IssuedDocument issued = issue(TestCodes.uscc(), "某某餐饮有限公司", "YY" + System.nanoTime());
    int usual = rateLimit.getFilter().perMinute();
    rateLimit.getFilter().reset(2);
    try {
      List<Integer> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        answers.add(http.get("/public/api/documents/" + issued.verificationCode(), null).statusCode());
      }
      // the clock may turn a minute between the calls: then the window starts again
      assertThat(answers).contains(429).doesNotContain(500);
    } finally {
      rateLimit.getFilter().reset(usual);
    }
  }

  private JsonNode compare(IssuedDocument issued, byte[] upload) throws Exception {
    HttpResponse<String> answer = http.send(http.request("/public/api/documents/" + issued.verificationCode()
        + "/comparison", null, null).header("Content-Type", "application/pdf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(upload)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }
}
