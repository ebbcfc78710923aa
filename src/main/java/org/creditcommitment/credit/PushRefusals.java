package org.creditcommitment.credit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The records the credit platform refused as not meeting its rules (合规率, 2023年汕尾市社会信用体系建设工作要点（征求意见稿）
 * 一（一）). A refusal is noted in a transaction of its own: the step that pushed rolls back and is retried, and the
 * refusal must still count.
 */
@Service
public class PushRefusals {

  private static final int MAX_REASON = 2000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  PushRefusals(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Notes that the platform refused this record with this HTTP status and answer. */
  public void record(CreditRecord record, int httpStatus, String reason) {
    String text = reason == null || reason.isBlank() ? "HTTP " + httpStatus : reason;
    String kept = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    ownTransaction.executeWithoutResult(status -> jdbc.update("insert into credit_push_refusal (idempotency_key,"
        + " record_type, reference, http_status, reason, refused_at) values (?, ?, ?, ?, ?, ?)",
        record.idempotencyKey(), record.type().name(), record.reference(), httpStatus, kept,
        OffsetDateTime.now(clock)));
  }

  /** The references (case numbers) of which a record of this type was refused at least once since {@code since}. */
  public Set<String> refusedReferences(CreditRecordType type, OffsetDateTime since) {
    return new HashSet<>(jdbc.queryForList("select distinct reference from credit_push_refusal where record_type = ?"
        + " and refused_at >= ? and reference is not null", String.class, type.name(), since));
  }
}
