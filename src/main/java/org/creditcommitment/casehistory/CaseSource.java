package org.creditcommitment.casehistory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SPI of the case history: a module whose process runs applications under a business key of its own provides a
 * Spring bean implementing this, and the history finds every such bean, so it reads each module's facts through the
 * module and never its tables. A source answers only for its own keys and empty for any other.
 *
 * <p>A module implementing this depends on casehistory, so casehistory must never depend on it: a source in the
 * module itself suits a module above casehistory (objection, repair, voluntary); for a module that casehistory already
 * reads (commitment), the adapter lives here and calls that module's read API.
 */
public interface CaseSource {

  /** Who submitted the application with this business key (a user name), empty when the key is not this source's. */
  Optional<String> submitter(String caseNo);

  /**
   * What the application was filed with, by the keys the history labels (subjectCode, recordSummary, objectionReason,
   * evidenceText…), for a module whose process keeps it on its row rather than in variables; empty by default.
   */
  default Map<String, Object> application(String caseNo) {
    return Map.of();
  }

  /**
   * Lines a module keeps about any case (a task handed over, an official urged, the case sent to someone for
   * information), in its own table rather than the engine's history or the audit log; empty by default. Unlike the
   * methods above, a source may answer for any key: its lines are about work on the case, not the application.
   */
  default List<TimelineEntry> timeline(String caseNo) {
    return List.of();
  }
}
