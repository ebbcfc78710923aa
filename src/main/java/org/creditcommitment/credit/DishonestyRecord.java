package org.creditcommitment.credit;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A dishonesty (失信) record in a subject's credit file.
 *
 * @param domain the field it concerns, e.g. 食品安全, so later risk warnings can group repeat violators
 * @param date the date of the decision the record is based on
 */
public record DishonestyRecord(long id, String subjectCode, String sourceUnit, String basis, String domain,
    LocalDate date, LocalDate publicityStart, LocalDate publicityEnd, DishonestyStatus status) {

  /**
   * Whether the record still counts against the subject: in publicity, or under objection. An objection does not
   * suspend a record's effect (汕府办函〔2021〕17号 (二十三): a record is corrected or revoked once verified as
   * wrong, not before), so a subject who objects stays barred from commitment mode until the objection is decided.
   */
  @JsonIgnore
  public boolean inForce() {
    return status.inForce();
  }

  /** One line for letters, e-mails and forms, e.g. "失信记录 #12：…（汕尾市市场监督管理局认定，公示期 … 至 …）". */
  @JsonIgnore
  public String summary() {
    return "失信记录 #" + id + "：" + basis + "（" + sourceUnit + "，" + date + " 认定，公示期 " + publicityStart + " 至 "
        + publicityEnd + "）";
  }
}
