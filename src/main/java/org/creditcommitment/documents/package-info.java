/**
 * Printable documents (文书) as A4 PDF: rendered from templates an operator can replace, numbered per department and
 * year without gaps as the issuing step commits, laid out after that commit and stored byte-exact with their
 * SHA-256, and verifiable by anyone by their verification code (printed as text and as a QR code). Other modules issue documents
 * through {@link org.creditcommitment.documents.Documents} and mark them no longer valid when a later decision
 * supersedes them; the stored bytes never change.
 */
package org.creditcommitment.documents;
