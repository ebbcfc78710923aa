package org.creditcommitment.objection;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The marks UNDER_OBJECTION asked of the credit platform whose objection has not committed. A remote platform
 * keeps its mark whatever happens here: a node that dies between the platform's answer and the commit of the
 * filing would leave the record marked, blocking further objections and repairs, with no objection to answer it.
 * So the filing notes the mark in its own committed transaction before asking, its transaction deletes the note,
 * and {@link #reconcile} takes back the marks of notes left behind (the platform's withdrawal is keyed by the
 * objection number and leaves a mark of another objection alone).
 */
@Component
class PendingObjectionMarks {

  /** Longer than any filing takes: a younger note may belong to a filing still running on some node. */
  static final Duration GRACE = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(PendingObjectionMarks.class);

  private final JdbcTemplate jdbc;
  private final CreditPlatform platform;
  private final Objections objections;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final StoredSubjectCodes codes;

  PendingObjectionMarks(JdbcTemplate jdbc, CreditPlatform platform, Objections objections, AuditLog audit,
      Clock clock, PlatformTransactionManager transactions, StoredSubjectCodes codes) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.platform = platform;
    this.objections = objections;
    this.audit = audit;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  record Pending(String objectionNo, String subjectCode, long recordId) {}

  /** A natural person's code is stored encrypted; a note left from before is encrypted at start. */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    codes.protectStoredUnindexed("objection_mark_pending", "objection_no", "subject_code");
  }

  /** Committed at once, before the platform is asked. */
  void note(String objectionNo, String subjectCode, long recordId) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("insert into objection_mark_pending (objection_no,"
        + " subject_code, record_id, created_at) values (?, ?, ?, ?)", objectionNo, codes.store(subjectCode), recordId,
        OffsetDateTime.now(clock)));
  }

  /**
   * In the filing's transaction: the objection and its mark commit together with the note's end.
   *
   * @return false when the note was gone already
   */
  boolean settled(String objectionNo) {
    return jdbc.update("delete from objection_mark_pending where objection_no = ?", objectionNo) == 1;
  }

  /** The platform holds no mark of this objection (never asked, or taken back): the note goes, committed. */
  void forget(String objectionNo) {
    ownTransaction.executeWithoutResult(status -> settled(objectionNo));
  }

  /**
   * Takes back the marks of notes older than {@link #GRACE} whose objection was never filed; a platform that
   * cannot be reached keeps the note for the next run.
   *
   * @return how many marks were taken back
   */
  int reconcile() {
    List<Pending> left = jdbc.query("select objection_no, subject_code, record_id from objection_mark_pending"
        + " where created_at < ? order by created_at", (rs, n) -> new Pending(rs.getString("objection_no"),
        codes.read(rs.getString("subject_code")), rs.getLong("record_id")), OffsetDateTime.now(clock).minus(GRACE));
    int withdrawn = 0;
    for (Pending pending : left) {
      // filed after all, or the record is another objection's now: a platform holding a stale mark would have
      // refused that objection's, so there is nothing of this one to take back (the embedded platform's withdrawal
      // does not look at the number)
      if (objections.find(pending.objectionNo()).isPresent() || objections.openOn(pending.recordId())) {
        forget(pending.objectionNo());
        continue;
      }
      try {
        platform.withdrawObjectionMark(pending.subjectCode(), pending.recordId(), pending.objectionNo());
      } catch (UnknownSubjectException gone) {
        forget(pending.objectionNo()); // the platform no longer knows the subject: no mark of it is left
        continue;
      } catch (RuntimeException e) {
        log.warn("Objection {} was never filed; its mark on dishonesty record {} of {} could not be taken back yet: {}",
            pending.objectionNo(), pending.recordId(), pending.subjectCode(), e.getMessage());
        continue;
      }
      boolean first = Boolean.TRUE.equals(ownTransaction.execute(status -> {
        if (!settled(pending.objectionNo())) {
          return false; // a run beside this one took it back already
        }
        audit.record(pending.objectionNo(), "objection.mark-withdrawn", AuditLog.SYSTEM_ACTOR, Map.of("subjectCode",
            pending.subjectCode(), "recordId", pending.recordId()));
        return true;
      }));
      if (first) {
        log.warn("Objection {} was never filed: its mark on dishonesty record {} of {} was taken back",
            pending.objectionNo(), pending.recordId(), pending.subjectCode());
        withdrawn++;
      }
    }
    return withdrawn;
  }
}
