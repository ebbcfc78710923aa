package org.creditcommitment.documents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers 文号 such as 汕市监承〔2026〕12号: one counter row per prefix and year, incremented in the issuing
 * step's transaction. The row lock serialises issuers of one prefix across threads and nodes until their
 * transactions end, and a rolled-back step takes its increment back with it, so the numbers of a prefix and year
 * have no gaps and no repeats. {@link NumbersAtCommit} asks for the number as late as the step allows, just before it
 * commits, so that the lock is held for the commit and not for the rest of the step.
 */
@Component
class DocumentNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  record Number(String prefix, int year, int sequence) {
    String text() {
      return prefix + "〔" + year + "〕" + sequence + "号";
    }
  }

  /** The next number of this prefix and year, taken in the caller's transaction. */
  Number next(String prefix, int year) {
    if (increment(prefix, year) == 0) { // the year's first number of this prefix
      createCounter(prefix, year);
      increment(prefix, year);
    }
    Integer value = jdbc.queryForObject(
        "select last_value from document_number where prefix = ? and number_year = ?", Integer.class, prefix, year);
    return new Number(prefix, year, value);
  }

  /**
   * The counter row is created in a transaction of its own, so that two nodes creating it at once do not fail the
   * issuing step (on PostgreSQL a failed insert would end the caller's transaction).
   */
  private void createCounter(String prefix, int year) {
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into document_number (prefix, number_year, last_value) values (?, ?, 0)", prefix, year));
    } catch (DuplicateKeyException alreadyCreated) {
      // another transaction created it first: the row is there
    }
  }

  private int increment(String prefix, int year) {
    return jdbc.update("update document_number set last_value = last_value + 1 where prefix = ? and number_year = ?",
        prefix, year);
  }
}
