package org.creditcommitment.publicboard;

import java.util.List;

/**
 * The SPI of the public board: a module with records to publish provides a Spring bean implementing this, and the
 * board finds every such bean. A source decides which of its records are public (published, not withdrawn or
 * revoked, publicity not over), applies every part of the {@link PublicQuery} exactly as {@link PublicQuery#matches}
 * states it, on the code and name as stored, never on masked ones, and answers newest first. A module whose records
 * can be listed extends {@link ListedRecordSource}, which applies that rule for it. The board keeps of every answer
 * only what meets the rule, merges the answers, masks personal data and pages; a source never masks, pages or sorts
 * across sources.
 *
 * <p>A module implementing this depends on publicboard (for these types), so publicboard must never depend on it:
 * a source in the module itself suits a module above publicboard (e.g. {@code voluntary}); for a module that
 * publicboard already reads (commitment), the adapter lives here and calls that module's read API.
 */
public interface PublicRecordSource {

  /** How many of the source's public records match. */
  long count(PublicQuery query);

  /**
   * At most {@code limit} matching public records, newest {@link PublicRecord#publishedAt} first (ties: larger
   * {@link PublicRecord#id} first).
   */
  List<PublicRecord> newest(PublicQuery query, int limit);
}
