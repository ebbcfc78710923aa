package org.creditcommitment.documents.seal;

import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.springframework.stereotype.Component;

/**
 * Whether an issued document is intact, as the verification page and the staff list say it: its stored bytes still
 * hash to the digest stored when it was issued, and, for a sealed document, its seal verifies over the whole file.
 * A document issued before documents were sealed is checked by its digest alone and says it carries no seal.
 */
@Component
public class DocumentIntegrity {

  /**
   * @param intact the stored digest matches and (if sealed) the seal verifies
   * @param seal what the seal says; null while the document is still being issued
   */
  public record Check(boolean intact, SealCheck seal) {}

  private final Documents documents;
  private final SealVerifier verifier;

  DocumentIntegrity(Documents documents, SealVerifier verifier) {
    this.documents = documents;
    this.verifier = verifier;
  }

  /** Null while the document is being laid out. */
  public Check of(IssuedDocument document) {
    if (!document.laidOut()) {
      return null;
    }
    byte[] content = documents.content(document);
    SealCheck seal = verifier.check(content);
    boolean digest = documents.identical(document, content);
    return new Check(digest && (!seal.sealed() || seal.intact()), seal);
  }
}
