package org.creditcommitment.publicboard;

import java.time.LocalDate;
import java.util.Locale;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.subject.SubjectType;

/**
 * A search of the board, as a source receives it; every part may be null (any). {@link #matches} is the one rule
 * every record on the board meets, whichever source sent it: the board applies it to every source's answer.
 *
 * @param subjectCode a subject's full code (USCC or resident ID), matched exactly, upper case
 * @param nameContains a part of the subject's name, case-insensitive; it matches <em>legal persons'</em> names
 *     only: a natural person is found by the full ID number alone (docs/public-board.md)
 * @param department a department code of the catalogue
 * @param category the commitment category (for a licence: its item's category)
 * @param kind commitments or licensing decisions
 */
public record PublicQuery(String subjectCode, String nameContains, String department, CommitmentCategory category,
    PublicRecordKind kind) {

  /** True when records of this kind can match. */
  public boolean wants(PublicRecordKind candidate) {
    return kind == null || kind == candidate;
  }

  /**
   * Whether a record, with its code and name as stored (never masked), matches every part of the query and is still
   * public on {@code today} (its {@link PublicRecord#publicUntil} not passed).
   */
  public boolean matches(PublicRecord record, LocalDate today) {
    return wants(record.kind())
        && (department == null || department.equals(record.department()))
        && (category == null || category == record.category())
        && (subjectCode == null || (record.subjectCode() != null
            && subjectCode.equals(record.subjectCode().strip().toUpperCase(Locale.ROOT))))
        && (nameContains == null || (record.subjectType() != SubjectType.NATURAL
            && searchableByName(record.subjectCode()) && record.subjectName() != null
            && lower(record.subjectName()).contains(lower(nameContains.strip()))))
        && (record.publicUntil() == null || !record.publicUntil().isBefore(today));
  }

  /**
   * Whether a name search may find the subject of this code: only when a letter among its first 17 characters makes
   * it a USCC. Every resident ID (a natural person) has 17 digits there, and so has a USCC that could be taken for
   * one; both are found by the full code only.
   */
  public static boolean searchableByName(String code) {
    if (code == null) {
      return false;
    }
    String body = code.length() > 17 ? code.substring(0, 17) : code;
    return body.chars().anyMatch(Character::isLetter);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
