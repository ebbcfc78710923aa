package org.creditcommitment.voluntary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.credit.NameCheck;

/**
 * One row of {@code voluntary_commitment} in full, as the officials and the portal read it
 * ({@code GET /api/voluntary-commitments/{no}}); not for publication (see {@link VoluntaryCommitment}).
 * {@code nameCheck}: whether the subject's name was held against the registered one, and when
 * ({@code nameCheckedAt}); a filing made while the credit platform was away is UNVERIFIED until its process checks it.
 */
record VoluntaryRecord(String voluntaryNo, String processInstanceId, String templateCode, String templateName,
    CommitmentCategory category, String department, String validity, String reviewPeriod, String subjectCode,
    String subjectName, String email, List<String> memberCodes, String text, String textSha256, String signer,
    OffsetDateTime signedAt, VoluntaryStatus status, String reviewedBy, OffsetDateTime reviewedAt,
    String returnReason, OffsetDateTime publishedAt, LocalDate validUntil, OffsetDateTime pushedAt,
    OffsetDateTime endedAt, String endedBy, String endReason, OffsetDateTime createdAt, String createdBy,
    NameCheck nameCheck, OffsetDateTime nameCheckedAt) {

  public String categoryLabel() {
    return category.label();
  }
}
