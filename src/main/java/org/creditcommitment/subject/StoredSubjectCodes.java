package org.creditcommitment.subject;

import java.util.List;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Subject codes at rest, for the modules that keep one per row: a natural person's resident ID number is stored
 * encrypted ({@link PersonalDataCipher}, GB/T 39786-2021 重要数据存储机密性), an organisation's USCC as it is (public by
 * law: 法人和其他组织统一社会信用代码制度建设总体方案). Rows are found by a keyed index of the code
 * ({@link PersonalDataIndex}), written for every row, never by the stored code. A code that does not parse (one filed
 * before the checks, or a checksum exception) is protected as if it were a person's.
 */
@Component
public class StoredSubjectCodes {

  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final PersonalDataUpgrade upgrade;
  private final JdbcTemplate jdbc;

  StoredSubjectCodes(PersonalDataCipher cipher, PersonalDataIndex index, PersonalDataUpgrade upgrade,
      JdbcTemplate jdbc) {
    this.cipher = cipher;
    this.index = index;
    this.upgrade = upgrade;
    this.jdbc = jdbc;
  }

  /** How a code is stored; null stays null. */
  public String store(String code) {
    return code == null || !natural(code) ? code : cipher.encrypt(code);
  }

  /** The code of a stored value; a value stored before encryption is returned as it is. */
  public String read(String stored) {
    return cipher.decrypt(stored);
  }

  /** The search index of a code; null stays null. */
  public String index(String code) {
    return index.of(code);
  }

  /**
   * The start-up step of a table's owner, through {@link PersonalDataUpgrade}: encrypts the codes stored in plain text
   * or under an earlier key and writes their index where it is missing or under an earlier key. Candidates are the
   * rows whose index is not under the current index key or whose code is encrypted under an earlier key: the index is
   * written with the code, so a row with a current index holds its code as stored now. Each row changes only if it
   * still holds the code read (a concurrent change wins).
   *
   * @return how many rows were changed
   */
  public int protectStored(String table, String key, String codeColumn, String indexColumn) {
    PersonalDataUpgrade.Candidates candidates = upgrade.indexNotCurrent(indexColumn)
        .or(upgrade.underEarlierKey(codeColumn)).and(codeColumn + " is not null and " + codeColumn + " <> ''");
    return upgrade.run(table, List.of(key), codeColumn + ", " + indexColumn, candidates, row -> {
      String stored = (String) row.get(codeColumn);
      String code = read(stored);
      if (current(stored, code) && index.isCurrent((String) row.get(indexColumn), code)) {
        return 0;
      }
      return jdbc.update("update " + table + " set " + codeColumn + " = ?, " + indexColumn + " = ? where " + key
          + " = ? and " + codeColumn + " = ?", store(code), index(code), row.get(key), stored);
    }).changed();
  }

  /**
   * As {@link #protectStored} for a code column without an index (nobody searches by it). Without an index to tell
   * the rows written since, the candidates are the codes under an earlier key and the plain codes that may be a
   * person's (an organisation's code of digits only is read and left as it is).
   */
  public int protectStoredUnindexed(String table, String key, String codeColumn) {
    return upgrade.run(table, List.of(key), codeColumn,
        upgrade.underEarlierKey(codeColumn).or(upgrade.plainMayBePerson(codeColumn)), row -> {
          String stored = (String) row.get(codeColumn);
          if (stored.isEmpty() || current(stored, read(stored))) {
            return 0;
          }
          return jdbc.update("update " + table + " set " + codeColumn + " = ? where " + key + " = ? and " + codeColumn
              + " = ?", store(read(stored)), row.get(key), stored);
        }).changed();
  }

  /** Whether a stored code is as it is stored now: a person's under the current key, an organisation's plain. */
  public boolean isCurrent(String stored) {
    return stored == null || current(stored, read(stored));
  }

  private boolean current(String stored, String code) {
    return natural(code) ? !stored.equals(code) && cipher.isCurrent(stored) : stored.equals(code);
  }

  /**
   * By the subject's type, parsed strictly, not by {@code NaturalPersonCodes#mayBe} from the text alone: a USCC that is
   * all digits stays readable here, and a code that parses as neither is protected.
   */
  private static boolean natural(String code) {
    try {
      return SubjectCode.parse(code).type() == SubjectType.NATURAL;
    } catch (InvalidCodeException e) {
      return true;
    }
  }
}
