package org.creditcommitment.subject;

/**
 * A USCC or resident ID that fails its format or check character. Carries the reason in Chinese
 * (shown to officials and applicants) and English (logs, integrators).
 */
public class InvalidCodeException extends IllegalArgumentException {

  /** Why the code was refused; only {@link #CHECK_CHARACTER} can be lifted by a registered checksum exception. */
  public enum Reason { EMPTY, LENGTH, LOWER_CASE, CHARACTER, FORMAT, BIRTH_DATE, CHECK_CHARACTER }

  private final Reason reason;
  private final String messageZh;
  private final String messageEn;

  public InvalidCodeException(Reason reason, String messageZh, String messageEn) {
    super(messageEn);
    this.reason = reason;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  public Reason reason() {
    return reason;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return messageEn;
  }
}
