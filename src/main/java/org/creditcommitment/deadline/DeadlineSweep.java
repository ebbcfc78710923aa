package org.creditcommitment.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.creditcommitment.deadline.DeadlineFiring.Handled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the deadlines and reminders that have fallen due and handles them, in batches, several at a time.
 * Run by the clustered Quartz job {@link DeadlineSweepJob} every {@code cc.deadline.sweep-interval}; a
 * deadline that fell due while every node was down is simply found by the first sweep after start-up.
 * Because the midnight burst is thousands of deadlines due at one instant, each row is its own short
 * transaction on a small pool rather than a Quartz trigger of its own.
 */
@Component
class DeadlineSweep implements DisposableBean {

  /** A row is looked at no more often than this in one sweep (a passed reminder, then the deadline itself). */
  private static final int MAX_VISITS = 3;
  private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

  private final DeadlineRepository repository;
  private final DeadlineFiring firing;
  private final Clock clock;
  private final int batch;
  private final ExecutorService pool;

  DeadlineSweep(DeadlineRepository repository, DeadlineFiring firing, Clock clock,
      @Value("${cc.deadline.sweep-threads:4}") int threads, @Value("${cc.deadline.sweep-batch:200}") int batch) {
    this.repository = repository;
    this.firing = firing;
    this.clock = clock;
    this.batch = batch;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "deadline-sweep-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Handles everything due at the clock's current instant and returns how many deadlines and reminders it
   * handled. Rows whose process changed at the same moment are left due for the next sweep.
   */
  public int sweep() {
    return sweep(null);
  }

  /** As {@link #sweep()}, limited to these process instances when not null (tests share one database). */
  int sweep(Collection<String> processInstanceIds) {
    Instant now = clock.instant();
    Map<String, Integer> visits = new HashMap<>();
    int handled = 0;
    while (true) {
      List<String> due = repository.due(now, batch + visits.size(), processInstanceIds).stream()
          .filter(id -> visits.getOrDefault(id, 0) < MAX_VISITS).limit(batch).toList();
      if (due.isEmpty()) {
        break;
      }
      List<Future<Handled>> results = new ArrayList<>(due.size());
      for (String id : due) {
        visits.merge(id, 1, Integer::sum);
        results.add(pool.submit(() -> firing.handleDue(id, now)));
      }
      int progressed = 0;
      for (int i = 0; i < due.size(); i++) {
        Handled result = await(results.get(i));
        if (result == Handled.RETRY) {
          visits.put(due.get(i), MAX_VISITS);
        } else {
          progressed++;
          handled += result == Handled.DONE ? 1 : 0;
        }
      }
      if (progressed == 0) {
        break;
      }
    }
    if (handled > 0) {
      log.debug("Deadline sweep at {}: {} handled", now, handled);
    }
    return handled;
  }

  private static Handled await(Future<Handled> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Deadline sweep interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Deadline sweep failed", e.getCause());
    }
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}
