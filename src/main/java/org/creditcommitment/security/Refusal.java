package org.creditcommitment.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An engine command refused on the product's rules, with a Chinese and an English message. The engine's REST
 * API (and the webapps' API, which Tasklist calls) answers 400 for {@link Invalid} and 403 for {@link Forbidden};
 * /engine-rest writes both as problem+json ({@link RefusalMapper}).
 */
public interface Refusal {

  String code();

  String messageZh();

  String messageEn();

  int status();

  /**
   * A value the caller may not send: 400. A form validation failure to the engine, which its REST API (and the
   * webapps' API) answers 400 for task completion and form submission.
   */
  final class Invalid extends FormFieldValidationException implements Refusal {
    private final String code;
    private final String messageZh;
    private final String messageEn;

    public Invalid(String code, String messageZh, String messageEn) {
      super(code, messageZh + " / " + messageEn);
      this.code = code;
      this.messageZh = messageZh;
      this.messageEn = messageEn;
    }

    @Override public String code() { return code; }
    @Override public String messageZh() { return messageZh; }
    @Override public String messageEn() { return messageEn; }
    @Override public int status() { return 400; }
  }

  /** An operation the caller may not do: 403. */
  final class Forbidden extends AuthorizationException implements Refusal {
    private final String code;
    private final String messageZh;
    private final String messageEn;

    public Forbidden(String code, String messageZh, String messageEn) {
      super(messageZh + " / " + messageEn);
      this.code = code;
      this.messageZh = messageZh;
      this.messageEn = messageEn;
    }

    @Override public String code() { return code; }
    @Override public String messageZh() { return messageZh; }
    @Override public String messageEn() { return messageEn; }
    @Override public int status() { return 403; }
  }
}
