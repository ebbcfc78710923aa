package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's personal data on the case record at rest (GB/T 39786-2021 重要数据存储机密性): a natural person's ID
 * number and every e-mail address are stored encrypted, an organisation's code stays readable, every search by code
 * goes through the keyed index, and rows stored in plain text before are encrypted at start and found again.
 */
class ApplicantPersonalDataTest extends IntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired CreditRegistry registry;
  @Autowired Cases records;
  @Autowired CaseListing listing;
  @Autowired ApplicantPersonalData personal;
  @Autowired CreditQueries creditQueries;
  @Autowired JdbcTemplate jdbc;

  private String person() {
    String id = TestCodes.residentId();
    registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳娜娜", "person-" + id + "@example.test", "AA"));
    return id;
  }

  private Map<String, Object> stored(String caseNo) {
    return jdbc.queryForMap("select applicant_code, applicant_email, applicant_code_idx, applicant_may_be_person"
        + " from commitment_case where case_no = ?", caseNo);
  }

  private List<String> found(CaseListing.Filter filter) {
    return listing.page(filter, 10, 0).stream().map(CaseRecord::caseNo).toList();
  }

  private static CaseListing.Filter byCode(String code) {
    return new CaseListing.Filter(code, null, null, false, null, null, null);
  }

  @Test
  void aNaturalPersonsIdNumberAndEMailAreStoredEncryptedAndReadAsBefore() {
    String id = person();
    CaseRecord c = cases.started(id);

    Map<String, Object> row = stored(c.caseNo());
    assertThat((String) row.get("applicant_code")).startsWith("enc1:").doesNotContain(id);
    assertThat((String) row.get("applicant_email")).startsWith("enc1:").doesNotContain("@", id);
    assertThat((String) row.get("applicant_code_idx")).doesNotContain(id);
    assertThat(row.get("applicant_may_be_person")).isEqualTo(true);
    CaseRecord read = records.require(c.caseNo());
    assertThat(read.applicantCode()).isEqualTo(id);
    assertThat(read.applicantEmail()).isEqualTo("person-" + id + "@example.test");
  }

  @Test
  void anOrganisationsCodeStaysReadableAndItsEMailIsEncrypted() {
    String uscc = cases.subject("AA");
    CaseRecord c = cases.started(uscc);

    Map<String, Object> row = stored(c.caseNo());
    assertThat(row.get("applicant_code")).isEqualTo(uscc);
    assertThat((String) row.get("applicant_email")).startsWith("enc1:").doesNotContain("@");
    assertThat(row.get("applicant_may_be_person")).isEqualTo(false);
    assertThat(records.require(c.caseNo()).applicantEmail()).contains("@");
    assertThat(found(byCode(uscc))).containsExactly(c.caseNo());
  }

  @Test
  void theOfficialsSearchesByTheIdNumberFindTheCaseThroughTheIndex() {
    String id = person();
    CaseRecord c = cases.started(id);

    assertThat(found(byCode(id))).as("the auditors' search by applicant").containsExactly(c.caseNo());
    assertThat(listing.running(null, id.toLowerCase(java.util.Locale.ROOT), List.of(), 10))
        .as("the department's list, whatever the case of the letters").extracting(CaseRecord::caseNo)
        .containsExactly(c.caseNo());
    assertThat(records.ofApplicant(id)).as("the subject's cases for its credit report")
        .extracting(SubjectCase::caseNo).containsExactly(c.caseNo());
    assertThat(listing.running(null, "欧阳娜娜", List.of(), 500)).as("officials still find by name")
        .extracting(CaseRecord::caseNo).contains(c.caseNo());
  }

  @Test
  void aCaseStoredInPlainTextBeforeTheUpgradeIsEncryptedAtStartAndFoundAgain() {
    String id = person();
    CaseRecord c = cases.started(id);
    String email = "person-" + id + "@example.test";
    // as the row was before the applicant's data was encrypted: plain columns, no index
    jdbc.update("update commitment_case set applicant_code = ?, applicant_email = ?, applicant_code_idx = null"
        + " where case_no = ?", id, email, c.caseNo());
    assertThat(records.require(c.caseNo()).applicantCode()).as("a plain row reads as it is until it is encrypted")
        .isEqualTo(id);

    personal.protectPersonalData();

    Map<String, Object> row = stored(c.caseNo());
    assertThat((String) row.get("applicant_code")).startsWith("enc1:").doesNotContain(id);
    assertThat((String) row.get("applicant_email")).startsWith("enc1:").doesNotContain(email);
    assertThat(records.require(c.caseNo()).applicantCode()).isEqualTo(id);
    assertThat(records.require(c.caseNo()).applicantEmail()).isEqualTo(email);
    assertThat(found(byCode(id))).containsExactly(c.caseNo());
    assertThat(records.ofApplicant(id)).extracting(SubjectCase::caseNo).containsExactly(c.caseNo());

    String encrypted = (String) row.get("applicant_code");
    personal.protectPersonalData();
    assertThat(stored(c.caseNo()).get("applicant_code")).as("a row already current is left as it is")
        .isEqualTo(encrypted);
  }

  @Test
  void theCreditChecksEvidenceOfANaturalPersonIsStoredEncryptedReadAsBeforeAndAPlainRowIsEncryptedAtStart() {
    String id = person();
    CaseRecord c = cases.started(id);
    Map<String, Object> row = jdbc.queryForMap("select id, subject_code, snapshot from credit_query where case_no = ?",
        c.caseNo());
    assertThat((String) row.get("subject_code")).startsWith("enc1:").doesNotContain(id);
    assertThat((String) row.get("snapshot")).startsWith("enc1:").doesNotContain(id, "@example.test", "欧阳");
    CreditQueries.CreditQuery read = creditQueries.of(c.caseNo()).get(0);
    assertThat(read.subjectCode()).isEqualTo(id);
    assertThat(read.snapshot()).contains(id, "person-" + id + "@example.test", "欧阳娜娜");

    // as the row was kept before the credit check's evidence was encrypted
    jdbc.update("update credit_query set subject_code = ?, snapshot = ? where id = ?", id, read.snapshot(),
        row.get("id"));
    assertThat(creditQueries.of(c.caseNo()).get(0)).as("a plain row reads as it is until it is encrypted")
        .isEqualTo(read);
    creditQueries.protectPersonalData();

    Map<String, Object> upgraded = jdbc.queryForMap("select subject_code, snapshot from credit_query where id = ?",
        row.get("id"));
    assertThat((String) upgraded.get("subject_code")).startsWith("enc1:").doesNotContain(id);
    assertThat((String) upgraded.get("snapshot")).startsWith("enc1:").doesNotContain(id);
    assertThat(creditQueries.of(c.caseNo())).containsExactly(read);
    creditQueries.protectPersonalData();
    assertThat(jdbc.queryForMap("select subject_code, snapshot from credit_query where id = ?", row.get("id")))
        .as("a row already current is left as it is").isEqualTo(upgraded);
  }

  @Test
  void theCreditChecksEvidenceOfAnOrganisationKeepsItsCodeReadable() {
    String uscc = cases.subject("AA");
    CaseRecord c = cases.started(uscc);

    Map<String, Object> row = jdbc.queryForMap("select subject_code, snapshot from credit_query where case_no = ?",
        c.caseNo());
    assertThat(row.get("subject_code")).isEqualTo(uscc);
    assertThat((String) row.get("snapshot")).startsWith("enc1:").doesNotContain("@");
    assertThat(creditQueries.of(c.caseNo()).get(0).subjectCode()).isEqualTo(uscc);
  }
}
