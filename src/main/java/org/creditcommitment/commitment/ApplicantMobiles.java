package org.creditcommitment.commitment;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The applicant's mobile number, optional, given with the application, for short messages about the applicant's
 * deadlines. Stored encrypted (SM4-GCM by default) in {@code commitment_case.applicant_mobile}, outside
 * {@link CaseRecord}: only the notices read it.
 */
@Component
class ApplicantMobiles {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;

  ApplicantMobiles(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.upgrade = upgrade;
  }

  /** Records a number as {@code MobileNumbers.normalise} returned it; null records none. */
  void record(String caseNo, String mobile) {
    if (mobile != null) {
      jdbc.update("update commitment_case set applicant_mobile = ? where case_no = ?", cipher.encrypt(mobile), caseNo);
    }
  }

  /** The case's number, or null when the applicant gave none. */
  String of(String caseNo) {
    return jdbc.query("select applicant_mobile from commitment_case where case_no = ?",
        (rs, n) -> cipher.decrypt(rs.getString(1)), caseNo).stream().filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /** Numbers under an earlier key are encrypted again under the current one (a rotation). */
  @EventListener(ApplicationStartedEvent.class)
  void protectPersonalData() {
    upgrade.encryptStored("commitment_case", "case_no", "applicant_mobile");
  }
}
