package org.creditcommitment.credit;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

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

  /**
   * The status in Chinese (公示中, 异议处理中, …), shown beside {@code status} wherever the record is served: a record
   * under objection still counts, and says so.
   */
  @JsonProperty(value = "statusLabel", access = JsonProperty.Access.READ_ONLY)
  public String statusLabel() {
    return status == null ? null : status.label();
  }

  /**
   * One line for letters, e-mails and forms, e.g. "失信记录 #12：…（汕尾市市场监督管理局认定，公示期 … 至 …）"; a record under
   * objection carries the mark: "失信记录 #12（异议处理中）：…".
   */
  @JsonIgnore
  public String summary() {
    return "失信记录 #" + id + objectionMark() + "：" + basis + "（" + sourceUnit + "，" + date + " 认定，公示期 "
        + publicityStart + " 至 " + publicityEnd + "）";
  }

  /**
   * A short line for a list of the records that bar commitment mode, e.g. "失信记录 #12（异议处理中，异议办结前仍然有效；公示期至
   * 2027-01-01）".
   */
  @JsonIgnore
  public String line() {
    String effect = status == DishonestyStatus.UNDER_OBJECTION ? "，异议办结前仍然有效" : "";
    return "失信记录 #" + id + "（" + statusLabel() + effect + "；公示期至 " + publicityEnd + "）";
  }

  /**
   * A record's line as an official's form shows it: without the database id ("失信记录 #51："), which names nothing an
   * official knows; the basis, the deciding unit and the dates that follow identify it.
   */
  public static String forForms(String line) {
    return line == null ? null : line.replaceAll("失信记录 #\\d+", "失信记录");
  }

  private String objectionMark() {
    return status == DishonestyStatus.UNDER_OBJECTION ? "（" + status.label() + "）" : "";
  }
}
