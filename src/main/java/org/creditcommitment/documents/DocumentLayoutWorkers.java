package org.creditcommitment.documents;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Lays out just-committed documents on a few background threads, so that the official's request (or the engine's
 * job) that issued them answers as soon as its outcome has committed instead of waiting 25–50 ms per PDF. The pool
 * is only a way to get the layout done sooner: the document's row is the job. A document the pool never reached
 * (its queue was full, the node stopped) stays pending and the periodic run ({@link DocumentLayouts#layOutDue})
 * lays it out once its grace has passed, and the row claim in {@link DocumentLayouts} lets only one of them write.
 *
 * <p>Settings: {@code cc.documents.layout-threads} (default 2, one per core of the reference two-core node: the
 * layout is CPU work, and more threads than the renderer's font sets, one per core and at most four, only wait for
 * one; 0 lays out on the committing thread, after the commit, as tests do) and {@code cc.documents.layout-queue} (default 10,000 documents waiting; each is an id).
 */
@Component
public class DocumentLayoutWorkers {

  private static final Logger log = LoggerFactory.getLogger(DocumentLayoutWorkers.class);
  private static final Executor COMMITTING_THREAD = Runnable::run;

  private final ThreadPoolExecutor own;
  private volatile Executor executor;
  private final Set<Long> handedOver = ConcurrentHashMap.newKeySet();

  DocumentLayoutWorkers(@Value("${cc.documents.layout-threads:2}") int threads,
      @Value("${cc.documents.layout-queue:10000}") int queue) {
    if (threads < 0 || queue < 1) {
      throw new IllegalArgumentException("cc.documents.layout-threads must be 0 or more and layout-queue positive");
    }
    this.own = threads == 0 ? null : pool(threads, queue);
    this.executor = own == null ? COMMITTING_THREAD : own;
  }

  /** A pool as the application runs one: bounded, refusing (not blocking the committing thread) when full. */
  public static ThreadPoolExecutor pool(int threads, int queue) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory named = task -> {
      Thread thread = new Thread(task, "document-layout-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), named,
        new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Hands a layout to the pool; when it is full the document waits for the periodic run instead. A document already
   * waiting in this pool or being laid out by it is not handed over again: a layout node's run, every few seconds,
   * finds the documents it handed over still pending until the pool reaches them.
   *
   * @return false when the pool refused it (full or stopped)
   */
  boolean submit(long id, Runnable layout) {
    if (!handedOver.add(id)) {
      return true;
    }
    try {
      executor.execute(() -> {
        try {
          layout.run();
        } finally {
          handedOver.remove(id);
        }
      });
      return true;
    } catch (RejectedExecutionException full) {
      handedOver.remove(id);
      log.info("Layout queue full or stopped: document {} is laid out by the periodic run", id);
      return false;
    }
  }

  /**
   * Replaces where layouts run and returns what ran them before. For tests only: the suite lays out on the
   * committing thread so that a step's PDF is there when it returns, and a test of the pool itself puts one in.
   */
  public Executor use(Executor replacement) {
    Executor before = executor;
    executor = replacement;
    return before;
  }

  /**
   * Waits until this node's pool has laid out everything handed to it (for a benchmark that counts the documents'
   * bytes after a run); false when the time ran out first.
   */
  public boolean awaitIdle(Duration atMost) throws InterruptedException {
    if (!(executor instanceof ThreadPoolExecutor pool)) {
      return true;
    }
    long end = System.nanoTime() + atMost.toNanos();
    while (pool.getCompletedTaskCount() < pool.getTaskCount()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** Lets the layouts under way finish; what is still queued stays pending for the periodic run of any node. */
  @PreDestroy
  void stop() throws InterruptedException {
    if (own != null) {
      own.getQueue().clear();
      own.shutdown();
      own.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
