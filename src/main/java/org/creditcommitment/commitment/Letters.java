package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Hashing;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The exact letter text shown to an applicant and its signature (义政数〔2020〕17号 四(三): signed online or
 * on paper). The signature keeps the SHA-256 of the text signed, so a letter changed afterwards is
 * detectable.
 */
@Service
public class Letters {

  public enum Channel { ONLINE, PAPER }

  public record StoredLetter(String caseNo, String text, String sha256, OffsetDateTime createdAt) {}

  public record Signature(String caseNo, String signer, OffsetDateTime signedAt, Channel channel, String recordedBy,
      String letterSha256) {}

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  Letters(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Stores the letter once; a retried step keeps the first text (the one possibly already shown). */
  StoredLetter issue(String caseNo, String text) {
    Optional<StoredLetter> existing = letter(caseNo);
    if (existing.isPresent()) {
      return existing.get();
    }
    StoredLetter letter = new StoredLetter(caseNo, text, Hashing.sha256(text), OffsetDateTime.now(clock));
    jdbc.update("insert into commitment_letter (case_no, letter_text, sha256, created_at) values (?, ?, ?, ?)",
        caseNo, text, letter.sha256(), letter.createdAt());
    return letter;
  }

  public Optional<StoredLetter> letter(String caseNo) {
    return jdbc.query("select * from commitment_letter where case_no = ?", (rs, n) -> new StoredLetter(
        rs.getString("case_no"), rs.getString("letter_text"), rs.getString("sha256"),
        Timestamps.read(rs, "created_at")), caseNo).stream().findFirst();
  }

  public Optional<Signature> signature(String caseNo) {
    return jdbc.query("select * from commitment_signature where case_no = ?", (rs, n) -> new Signature(
        rs.getString("case_no"), rs.getString("signer"), Timestamps.read(rs, "signed_at"),
        Channel.valueOf(rs.getString("channel")), rs.getString("recorded_by"), rs.getString("letter_sha256")), caseNo)
        .stream().findFirst();
  }

  /**
   * Records a signature. Online, the applicant presents the hash of the letter it was shown, which must
   * be the stored letter's; on paper, the clerk signs off the stored letter.
   */
  Signature sign(String caseNo, String signer, Channel channel, String presentedSha256, String recordedBy) {
    StoredLetter letter = letter(caseNo).orElseThrow(() -> ApiException.conflict("no-letter",
        "该办件尚未生成信用承诺书，不能签署", "No commitment letter has been issued for this case yet"));
    if (channel == Channel.ONLINE && !letter.sha256().equalsIgnoreCase(String.valueOf(presentedSha256))) {
      throw ApiException.badRequest("letter-mismatch",
          "签署的承诺书摘要与系统出具的承诺书不一致，请重新获取承诺书后签署",
          "The letter hash does not match the letter issued for this case; fetch the letter again and sign it");
    }
    if (signature(caseNo).isPresent()) {
      throw ApiException.conflict("already-signed", "该办件的信用承诺书已签署", "The letter of this case is already signed");
    }
    Signature signature = new Signature(caseNo, signer, OffsetDateTime.now(clock), channel, recordedBy, letter.sha256());
    jdbc.update("insert into commitment_signature (case_no, signer, signed_at, channel, recorded_by, letter_sha256)"
        + " values (?, ?, ?, ?, ?, ?)", caseNo, signer, signature.signedAt(), channel.name(), recordedBy, letter.sha256());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("signer", signer);
    details.put("channel", channel.name());
    details.put("letterSha256", letter.sha256());
    audit.record(caseNo, "commitment.signed", recordedBy == null ? signer : recordedBy, details);
    return signature;
  }

  /** True when the stored letter is still the text that was signed (tamper check for auditors). */
  public boolean signedLetterIntact(String caseNo) {
    return signature(caseNo).flatMap(s -> letter(caseNo).map(l -> Hashing.sha256(l.text()).equals(s.letterSha256())))
        .orElse(false);
  }
}
