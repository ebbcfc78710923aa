package org.creditcommitment.documents;

import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.creditcommitment.subject.SubjectType;

/**
 * One issued document as stored: its bytes are kept apart ({@link Documents#content}) and never change; only its
 * validity may change later, when a later decision supersedes it.
 *
 * @param number the 文号; taken when the issuing step commits, so read it through {@link #number()}
 * @param caseNo the case it belongs to; null for a subject's credit report
 * @param sha256 the SHA-256 of the PDF; null while it is still being laid out
 * @param size the PDF's size in bytes; 0 while it is still being laid out
 * @param invalidReason why it is no longer valid (Chinese, shown on the verification page); null while valid
 * @param pendingNumber for a document just issued, its number as its step takes it; null for one read back
 */
public record IssuedDocument(long id, DocumentType type, String number, String caseNo, String subjectCode,
    SubjectType subjectType, String subjectName, String department, String issuerName, OffsetDateTime issuedAt,
    String issuedBy, String verificationCode, String sha256, int size, String recordRef, String invalidReason,
    OffsetDateTime invalidAt, Supplier<String> pendingNumber) {

  /**
   * The document number. Asked for in the issuing step, it is taken then (and the department's counter stays locked
   * until the step commits); otherwise the step takes it just before it commits.
   */
  @Override
  public String number() {
    return number == null && pendingNumber != null ? pendingNumber.get() : number;
  }

  /**
   * Hands the document number to {@code use} once its step has taken it, in the step's transaction: just before the
   * step commits, unless it asked for the number earlier. For a step that stores the number with its own record, so
   * that it need not take the number (and lock the department's counter) for the rest of the step.
   */
  public void whenNumbered(Consumer<String> use) {
    if (number != null) {
      use.accept(number);
    } else if (pendingNumber instanceof NumbersAtCommit.Pending pending) {
      pending.then(use);
    } else {
      use.accept(number());
    }
  }

  public boolean valid() {
    return invalidReason == null;
  }

  /** Whether its PDF has been laid out and stored; until then it is listed as being issued (出具中). */
  public boolean laidOut() {
    return sha256 != null;
  }
}
