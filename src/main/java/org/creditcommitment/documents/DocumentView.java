package org.creditcommitment.documents;

import java.time.OffsetDateTime;

import org.creditcommitment.documents.seal.DocumentIntegrity;
import org.creditcommitment.documents.seal.SealCheck;

/**
 * A document as staff lists show it ({@code GET /api/cases/{caseNo}/documents}, a subject's credit reports).
 *
 * @param laidOut false while the document is still being issued (its PDF is laid out after the deciding step
 *     commits; sha256 and pdf are null until then)
 * @param pdf the staff download, which is recorded as a print in the case's timeline
 * @param verifyUrl the public verification page printed on the document
 * @param issuedByName who issued it, by name ({@link DocumentIssuers}); {@code issuedBy} stays the login id
 * @param intact whether its bytes match the stored digest and its seal verifies (in a case's list; null elsewhere)
 * @param seal who sealed it, when, with which algorithm ({@link SealCheck}; in a case's list; null elsewhere)
 */
public record DocumentView(long id, String type, String title, String number, String issuer, OffsetDateTime issuedAt,
    String issuedBy, String verificationCode, String sha256, boolean valid, String invalidReason, boolean laidOut,
    String pdf, String verifyUrl, String issuedByName, Boolean intact, SealCheck seal) {

  static DocumentView of(IssuedDocument d, String verifyUrl, String issuedByName) {
    return new DocumentView(d.id(), d.type().name(), d.type().title(), d.number(), d.issuerName(), d.issuedAt(),
        d.issuedBy(), d.verificationCode(), d.sha256(), d.valid(), d.invalidReason(), d.laidOut(),
        d.laidOut() ? "/api/documents/" + d.id() + "/pdf" : null, verifyUrl, issuedByName, null, null);
  }

  DocumentView withIntegrity(DocumentIntegrity.Check check) {
    return check == null ? this : new DocumentView(id, type, title, number, issuer, issuedAt, issuedBy,
        verificationCode, sha256, valid, invalidReason, laidOut, pdf, verifyUrl, issuedByName, check.intact(),
        check.seal());
  }
}
