package org.creditcommitment.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes a document's number as late as its transaction allows: just before the issuing step commits, after the
 * engine and every other write of the step, so the department's counter row ({@link DocumentNumbers}) is locked
 * from then to the commit only, not for the rest of the step. A step that needs the number earlier (to print it in
 * another document, to store it with its own record) asks for it ({@link IssuedDocument#number()}) and takes it at
 * that moment, in its own transaction as before; a step that only stores it with its own record leaves that to
 * the commit ({@link IssuedDocument#whenNumbered}). Either way the number is taken in the issuing transaction, so a
 * rolled-back step takes no number and the numbers stay without gaps and repeats.
 */
@Component
class NumbersAtCommit {

  private final DocumentNumbers numbers;
  private final JdbcTemplate jdbc;

  NumbersAtCommit(DocumentNumbers numbers, JdbcTemplate jdbc) {
    this.numbers = numbers;
    this.jdbc = jdbc;
  }

  /** The number of a document whose row exists without one; taken on first demand or before the commit. */
  final class Pending implements Supplier<String> {

    private final long id;
    private final String prefix;
    private final int year;
    private String text;
    private boolean rolledBack;
    private final List<Consumer<String>> then = new ArrayList<>();

    private Pending(long id, String prefix, int year) {
      this.id = id;
      this.prefix = prefix;
      this.year = year;
    }

    @Override
    public synchronized String get() {
      if (text == null) {
        if (rolledBack) {
          throw new IllegalStateException("Document " + id + " was not issued: its step rolled back");
        }
        DocumentNumbers.Number number = numbers.next(prefix, year);
        jdbc.update("update issued_document set doc_number = ?, number_seq = ? where id = ?", number.text(),
            number.sequence(), id);
        text = number.text();
        then.forEach(use -> use.accept(text));
        then.clear();
      }
      return text;
    }

    /** Runs with the number as soon as it is taken, in the issuing transaction. */
    synchronized void then(Consumer<String> use) {
      if (text != null) {
        use.accept(text);
      } else {
        then.add(use);
      }
    }

    private synchronized void rolledBack() {
      rolledBack = text == null;
    }
  }

  /** Numbers the document when its transaction commits (at once when there is none to wait for). */
  Pending defer(long id, String prefix, int year) {
    Pending pending = new Pending(id, prefix, year);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      pending.get();
      return pending;
    }
    batch().pending.add(pending);
    return pending;
  }

  /** This transaction's documents still to number; a transaction suspended for a new one keeps its own. */
  private Batch batch() {
    for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
      if (registered instanceof Batch batch && batch.owner() == this) {
        return batch;
      }
    }
    Batch batch = new Batch();
    TransactionSynchronizationManager.registerSynchronization(batch);
    return batch;
  }

  private final class Batch implements TransactionSynchronization {

    private final List<Pending> pending = new ArrayList<>();

    NumbersAtCommit owner() {
      return NumbersAtCommit.this;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      // counters in one order in every transaction, so two steps numbering two prefixes cannot deadlock
      pending.stream()
          .sorted(Comparator.comparing((Pending p) -> p.prefix).thenComparingInt(p -> p.year)
              .thenComparingLong(p -> p.id))
          .forEach(Pending::get);
    }

    @Override
    public void afterCompletion(int status) {
      if (status != STATUS_COMMITTED) {
        pending.forEach(Pending::rolledBack);
      }
    }

    @Override
    public int getOrder() {
      // after every other synchronization's beforeCommit (the engine's own included), just before the commit
      return LOWEST_PRECEDENCE;
    }
  }
}
