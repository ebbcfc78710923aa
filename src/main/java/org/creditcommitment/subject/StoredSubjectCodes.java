package org.creditcommitment.subject;

import java.util.Map;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
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

  StoredSubjectCodes(PersonalDataCipher cipher, PersonalDataIndex index) {
    this.cipher = cipher;
    this.index = index;
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
   * The start-up step of a table's owner, as {@link PersonalDataCipher#encryptStored}: encrypts the codes stored in
   * plain text or under an earlier key and writes their index where it is missing or under an earlier key. The owner
   * gives its own statements: {@code select} returns the row's key, the stored code and the stored index;
   * {@code update} takes the code to store, its index, the key and the code read, and changes the row only if it still
   * holds what was read (a concurrent change wins).
   *
   * @return how many rows were changed
   */
  public int protectStored(JdbcTemplate jdbc, String select, String update) {
    int changed = 0;
    for (Map<String, Object> row : jdbc.query(select, (rs, n) -> Map.<String, Object>of("key", rs.getObject(1),
        "stored", rs.getString(2) == null ? "" : rs.getString(2), "index", rs.getString(3) == null ? ""
            : rs.getString(3)))) {
      String stored = (String) row.get("stored");
      if (stored.isEmpty()) {
        continue;
      }
      String code = read(stored);
      if (!current(stored, code) || !index.isCurrent((String) row.get("index"), code)) {
        changed += jdbc.update(update, store(code), index(code), row.get("key"), stored);
      }
    }
    return changed;
  }

  /**
   * As {@link #protectStored} for a code column without an index (nobody searches by it): {@code update} takes the
   * code to store, the key and the code read.
   */
  public int protectStoredUnindexed(JdbcTemplate jdbc, String select, String update) {
    int changed = 0;
    for (Map.Entry<Object, String> row : jdbc.query(select, (rs, n) -> Map.entry(rs.getObject(1),
        rs.getString(2) == null ? "" : rs.getString(2)))) {
      String stored = row.getValue();
      if (!stored.isEmpty() && !current(stored, read(stored))) {
        changed += jdbc.update(update, store(read(stored)), row.getKey(), stored);
      }
    }
    return changed;
  }

  /** Whether a stored code is as it is stored now: a person's under the current key, an organisation's plain. */
  public boolean isCurrent(String stored) {
    return stored == null || current(stored, read(stored));
  }

  private boolean current(String stored, String code) {
    return natural(code) ? !stored.equals(code) && cipher.isCurrent(stored) : stored.equals(code);
  }

  private static boolean natural(String code) {
    try {
      return SubjectCode.parse(code).type() == SubjectType.NATURAL;
    } catch (InvalidCodeException e) {
      return true;
    }
  }
}
