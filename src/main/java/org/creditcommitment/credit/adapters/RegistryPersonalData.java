package org.creditcommitment.credit.adapters;

import java.util.List;

import org.creditcommitment.subject.InvalidCodeException;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectType;
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
 * How the registry stores a subject's personal data (docs/security.md#credit-registry): a natural person's resident
 * ID number and every subject's e-mail address encrypted ({@link PersonalDataCipher}), an organisation's USCC (public)
 * as it is, and every code's keyed index ({@link PersonalDataIndex}) in {@code code_idx}, by which the registry finds
 * a subject. The records refer to the subject's surrogate id, so neither the ciphertext nor the index is a join key
 * and a new key re-encrypts one table.
 */
@Component
class RegistryPersonalData {

  private static final Logger log = LoggerFactory.getLogger(RegistryPersonalData.class);

  /**
   * The condition that finds a subject by its code, with {@link #lookup} as its arguments: by the index, or by the
   * stored code for an organisation and for a row stored before the start that indexes it.
   */
  static final String BY_CODE = "(code_idx = ? OR code = ?)";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final PersonalDataUpgrade upgrade;

  RegistryPersonalData(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataIndex index,
      PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.index = index;
    this.upgrade = upgrade;
  }

  Object[] lookup(String code) {
    return new Object[] {index.of(code), code};
  }

  String storedCode(String code, SubjectType type) {
    return type == SubjectType.NATURAL ? cipher.encrypt(code) : code;
  }

  /** A code whose type the registry does not hold (the inspection feed): read from the code itself. */
  String storedCode(String code) {
    return storedCode(code, typeOf(code));
  }

  private static SubjectType typeOf(String code) {
    try {
      return SubjectCode.parse(code).type();
    } catch (InvalidCodeException e) {
      // a code that does not parse is protected as if it were a person's
      return SubjectType.NATURAL;
    }
  }

  String storedEmail(String email) {
    return email == null || email.isEmpty() ? email : cipher.encrypt(email);
  }

  String indexOf(String code) {
    return index.of(code);
  }

  /** The value of a stored code or e-mail address (one stored before encryption as it is). */
  String plain(String stored) {
    return cipher.decrypt(stored);
  }

  /**
   * Encrypts and indexes the subjects (and the inspection feed's codes) stored before personal data was encrypted, and
   * re-encrypts or re-indexes those under an earlier key: at every start (a Flyway migration has no key). Reads only
   * those rows ({@link PersonalDataUpgrade}), so a start with nothing to do runs one empty query per table. Each row
   * changes only if it still holds what was read, so a concurrent change wins.
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    String natural = "subject_type = '" + SubjectType.NATURAL.name() + "'";
    PersonalDataUpgrade.Candidates subjects = upgrade.indexNotCurrent("code_idx")
        .or(upgrade.notUnderCurrentKey("code").and(natural))
        .or(upgrade.notUnderCurrentKey("email"))
        .or(new PersonalDataUpgrade.Candidates("not (" + natural + ") and substring(code from 1 for 5) = ?",
            List.of("enc1:")));
    int changed = upgrade.run("credit_subject", List.of("id"), "subject_type, code, email, code_idx", subjects, row -> {
      String storedCode = (String) row.get("code");
      String storedEmail = (String) row.get("email");
      String code = cipher.decrypt(storedCode);
      SubjectType type = SubjectType.valueOf((String) row.get("subject_type"));
      boolean codeCurrent = type == SubjectType.NATURAL ? cipher.isCurrent(storedCode) : storedCode.equals(code);
      boolean emailCurrent = storedEmail == null || storedEmail.isEmpty() || cipher.isCurrent(storedEmail);
      if (codeCurrent && emailCurrent && index.isCurrent((String) row.get("code_idx"), code)) {
        return 0;
      }
      return jdbc.update("UPDATE credit_subject SET code = ?, email = ?, code_idx = ? WHERE id = ? AND code = ?"
          + " AND email IS NOT DISTINCT FROM ?", codeCurrent ? storedCode : storedCode(code, type),
          emailCurrent ? storedEmail : storedEmail(cipher.decrypt(storedEmail)), index.of(code), row.get("id"),
          storedCode, storedEmail);
    }).changed();
    changed += upgrade.run("credit_inspection_feed", List.of("id"), "subject_code", upgrade.underEarlierKey(
        "subject_code").or(upgrade.plainMayBePerson("subject_code")), row -> {
          String stored = (String) row.get("subject_code");
          String code = cipher.decrypt(stored);
          boolean current = typeOf(code) == SubjectType.NATURAL ? cipher.isCurrent(stored) : stored.equals(code);
          return current ? 0 : jdbc.update("UPDATE credit_inspection_feed SET subject_code = ? WHERE id = ?"
              + " AND subject_code = ?", storedCode(code), row.get("id"), stored);
        }).changed();
    if (changed > 0) {
      log.info("Encrypted or re-indexed the personal data of {} credit registry rows", changed);
    }
  }
}
