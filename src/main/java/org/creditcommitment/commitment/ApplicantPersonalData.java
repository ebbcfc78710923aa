package org.creditcommitment.commitment;

import java.util.List;

import org.creditcommitment.system.NaturalPersonCodes;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How the applicant's code and e-mail address are stored on {@code commitment_case}: a code that may be a resident ID
 * number encrypted ({@link PersonalDataCipher}), an organisation's code (a USCC, public by law) as it is, every e-mail
 * address encrypted; each code with its keyed index ({@link PersonalDataIndex}), which every lookup by code uses, never
 * the stored column. Whoever reads the row reads the values through {@link #code} and {@link #email}.
 */
@Component
class ApplicantPersonalData {

  private static final Logger log = LoggerFactory.getLogger(ApplicantPersonalData.class);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final PersonalDataUpgrade upgrade;

  ApplicantPersonalData(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataIndex index,
      PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.index = index;
    this.upgrade = upgrade;
  }

  String storedCode(String code) {
    return NaturalPersonCodes.mayBe(code) ? cipher.encrypt(code) : code;
  }

  String storedEmail(String email) {
    return cipher.encrypt(email);
  }

  /** The search index of a code, exactly as given (callers normalise as they compared before). */
  String codeIndex(String code) {
    return index.of(code);
  }

  String code(String stored) {
    return cipher.decrypt(stored);
  }

  String email(String stored) {
    return cipher.decrypt(stored);
  }

  /**
   * Encrypts and indexes what was stored before the applicant's data was encrypted, and what is under an earlier key
   * or cipher: run at every start (the key is configuration, which a Flyway migration does not have), through the
   * shared loop ({@link PersonalDataUpgrade}). The candidates are the rows whose index or e-mail address is not under
   * the current key, whose code is under an earlier key, or whose code may be a person's and is still plain
   * ({@code applicant_may_be_person} decides exactly), so a start with nothing to do reads no case. Each row is changed
   * only if it still holds what was read, so a concurrent change wins.
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    PersonalDataUpgrade.Candidates candidates = upgrade.indexNotCurrent("applicant_code_idx")
        .or(upgrade.notUnderCurrentKeyEmptyIncluded("applicant_email"))
        .or(upgrade.underEarlierKey("applicant_code"))
        .or(upgrade.plain("applicant_code").and("applicant_may_be_person = true"));
    int changed = upgrade.run("commitment_case", List.of("case_no"), "applicant_code, applicant_email,"
        + " applicant_code_idx", candidates, row -> {
          String storedCode = (String) row.get("applicant_code");
          String storedEmail = (String) row.get("applicant_email");
          String code = cipher.decrypt(storedCode);
          if (current(storedCode, code) && cipher.isCurrent(storedEmail)
              && index.isCurrent((String) row.get("applicant_code_idx"), code)) {
            return 0;
          }
          return jdbc.update("update commitment_case set applicant_code = ?, applicant_email = ?,"
              + " applicant_code_idx = ?, applicant_may_be_person = ? where case_no = ? and applicant_code = ?"
              + " and applicant_email = ?", storedCode(code), storedEmail(cipher.decrypt(storedEmail)),
              index.of(code), NaturalPersonCodes.mayBe(code), row.get("case_no"), storedCode, storedEmail);
        }).changed();
    if (changed > 0) {
      log.info("Encrypted or re-keyed the applicant's personal data of {} cases", changed);
    }
  }

  /** Whether a stored code is as it is stored now: one that may be a person's under the current key, others plain. */
  private boolean current(String stored, String code) {
    return NaturalPersonCodes.mayBe(code) ? stored.startsWith("enc1:") && cipher.isCurrent(stored)
        : stored.equals(code);
  }
}
