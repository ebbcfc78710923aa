package org.creditcommitment.commitment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The credit queries a case made, as evidence for its history: the owner of {@code credit_query}. A natural person's
 * resident ID number is stored encrypted and an organisation's USCC as it is ({@link StoredSubjectCodes}); the
 * snapshot of the answer is stored encrypted for every subject, since it names the subject by code and holds the
 * registry's e-mail address, which may be a person's own. Nothing searches the table by subject (only by case), so
 * the code has no index.
 */
@Service
public class CreditQueries {

  /** One query: whom it asked about, where, when, and the snapshot of the answer (JSON text as received). */
  public record CreditQuery(long id, String subjectCode, Instant queriedAt, String source, String snapshot) {}

  private static final Logger log = LoggerFactory.getLogger(CreditQueries.class);

  private final JdbcTemplate jdbc;
  private final StoredSubjectCodes codes;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;

  CreditQueries(JdbcTemplate jdbc, StoredSubjectCodes codes, PersonalDataCipher cipher, PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.cipher = cipher;
    this.upgrade = upgrade;
  }

  /** Keeps the evidence of one query, in the caller's transaction. */
  void keep(String caseNo, String code, Instant queriedAt, String source, String snapshot) {
    jdbc.update("insert into credit_query (case_no, subject_code, queried_at, source, snapshot) values (?, ?, ?, ?, ?)",
        caseNo, codes.store(code), OffsetDateTime.ofInstant(queriedAt, ClockConfig.ZONE), source,
        cipher.encrypt(snapshot));
  }

  /** The case's queries, in the order they were made. */
  public List<CreditQuery> of(String caseNo) {
    return jdbc.query("select * from credit_query where case_no = ? order by id", (rs, n) -> new CreditQuery(
        rs.getLong("id"), codes.read(rs.getString("subject_code")), Timestamps.read(rs, "queried_at").toInstant(),
        rs.getString("source"), cipher.decrypt(rs.getString("snapshot"))), caseNo);
  }

  /**
   * Encrypts the codes and snapshots kept before they were encrypted, and those under an earlier key: at every start
   * (the key is configuration, which a Flyway migration does not have), through the shared loop
   * ({@link PersonalDataUpgrade}). It reads only rows whose snapshot is not under the current key, so a start with
   * nothing to do reads no row; each row is changed only if it still holds what was read (a concurrent change wins).
   * Until then values read as they are.
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    // code and snapshot are written, and re-keyed, together: a row whose snapshot is current has a current code
    int changed = upgrade.run("credit_query", List.of("id"), "subject_code, snapshot",
        upgrade.notUnderCurrentKeyEmptyIncluded("snapshot"), row -> {
          String storedCode = (String) row.get("subject_code");
          String storedSnapshot = (String) row.get("snapshot");
          if (codes.isCurrent(storedCode) && cipher.isCurrent(storedSnapshot)) {
            return 0;
          }
          return jdbc.update("update credit_query set subject_code = ?, snapshot = ? where id = ?"
              + " and subject_code = ? and snapshot = ?", codes.store(codes.read(storedCode)),
              cipher.isCurrent(storedSnapshot) ? storedSnapshot : cipher.encrypt(cipher.decrypt(storedSnapshot)),
              row.get("id"), storedCode, storedSnapshot);
        }).changed();
    if (changed > 0) {
      log.info("Encrypted or re-keyed the subject code and answer of {} credit queries", changed);
    }
  }
}
