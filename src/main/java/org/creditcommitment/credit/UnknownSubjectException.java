package org.creditcommitment.credit;

/**
 * The platform answered, and has no record of the subject. Not a {@link CreditPlatformException}:
 * it is an answer ("no credit record"), not a failure, and must not be retried.
 */
public class UnknownSubjectException extends RuntimeException {

  private final String subjectCode;

  public UnknownSubjectException(String subjectCode) {
    super("The credit platform has no record of subject " + MaskedCodes.of(subjectCode));
    this.subjectCode = subjectCode;
  }

  public String subjectCode() {
    return subjectCode;
  }
}
