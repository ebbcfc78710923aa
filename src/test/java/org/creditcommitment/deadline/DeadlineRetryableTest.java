package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures leave a due deadline for the next sweep, and which mark it FAILED. */
class DeadlineRetryableTest {

  @Test
  void aConcurrentChangeOfTheProcessIsTriedAgain() {
    assertThat(DeadlineFiring.retryable(new OptimisticLockingException("changed meanwhile"))).isTrue();
  }

  @Test
  void anUnreachableOrRestartingDatabaseIsTriedAgainEvenWhenTheEngineWrapsIt() {
    assertThat(DeadlineFiring.retryable(new CannotCreateTransactionException("no connection"))).isTrue();
    assertThat(DeadlineFiring.retryable(new ProcessEngineException("flush failed",
        new SQLException("An I/O error occurred", "08006")))).isTrue();
    assertThat(DeadlineFiring.retryable(new ProcessEngineException("flush failed",
        new SQLException("deadlock detected", "40P01")))).isTrue();
    assertThat(DeadlineFiring.retryable(new ProcessEngineException("flush failed",
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
  }

  @Test
  void aBrokenProcessIsNotRetried() {
    assertThat(DeadlineFiring.retryable(new ProcessEngineException("Unknown property used in expression"))).isFalse();
    assertThat(DeadlineFiring.retryable(new IllegalStateException("delegate failed",
        new SQLException("value too long", "22001")))).isFalse();
  }
}
