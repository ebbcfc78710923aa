package org.creditcommitment.credit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.creditcommitment.subject.Masking;

/**
 * A voluntary commitment (主动承诺) as VOLUNTARY_COMMITMENT pushes: published, and withdrawn or revoked. Every push
 * carries the subject and its members as they may be made public (natural persons masked); the keys name the
 * commitment and the event, so a retried step pushes each once.
 *
 * @param category the commitment category's label
 * @param department the owning department's name
 * @param status the commitment's status as the push reports it
 */
public record VoluntaryCommitmentPush(String voluntaryNo, String subjectCode, String subjectName, String templateCode,
    String templateName, String category, String department, List<String> memberCodes, String status) {

  public CreditRecord published(OffsetDateTime publishedAt, LocalDate validUntil, String textSha256, String signer,
      OffsetDateTime signedAt) {
    Map<String, Object> payload = fields();
    payload.put("publishedAt", publishedAt.toString());
    payload.put("validUntil", validUntil.toString());
    payload.put("textSha256", textSha256);
    payload.put("signer", Masking.personName(signer));
    payload.put("signedAt", signedAt.toString());
    return new CreditRecord(CreditRecordType.VOLUNTARY_COMMITMENT, subjectCode, voluntaryNo, payload,
        voluntaryNo + ":published");
  }

  /** The commitment no longer stands; the key names its status (withdrawn, revoked). */
  public CreditRecord ended(OffsetDateTime endedAt, String reason) {
    Map<String, Object> payload = fields();
    payload.put("endedAt", String.valueOf(endedAt));
    if (reason != null) {
      payload.put("reason", reason);
    }
    return new CreditRecord(CreditRecordType.VOLUNTARY_COMMITMENT, subjectCode, voluntaryNo, payload,
        voluntaryNo + ":" + status.toLowerCase(Locale.ROOT));
  }

  private Map<String, Object> fields() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("subjectName", Masking.subjectName(subjectName, subjectCode));
    p.put("subjectCode", Masking.subjectCode(subjectCode));
    p.put("voluntaryNo", voluntaryNo);
    p.put("templateCode", templateCode);
    p.put("templateName", templateName);
    p.put("category", category);
    p.put("department", department);
    p.put("members", String.join(",", memberCodes.stream().map(Masking::subjectCode).toList()));
    p.put("status", status);
    return p;
  }
}
