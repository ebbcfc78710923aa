package org.creditcommitment.publicboard;

import org.creditcommitment.catalogue.CommitmentCategory;

/**
 * A search of the board, as a source receives it; every part may be null (any). Sources must apply all of them.
 *
 * @param subjectCode a subject's full code (USCC or resident ID), matched exactly, upper case
 * @param nameContains a part of the subject's name; a source matches it against <em>legal persons'</em> names
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
}
