package org.recovery.web.http;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The server's threads, sized to the processors rather than Jetty's default of up to 250.
 *
 * <p>Every request here is work for the processor (a report, a command on the embedded database, a
 * key derivation); none waits long on another machine. Threads beyond the processors do not answer
 * sooner, they take turns: at 16 connections on one processor, Jetty's default let 16 requests run
 * at once, and the slowest waited through the others' time slices (the 99th percentile was 6.9–7.2
 * times the median, against 2.9–4.0 times with this pool; see docs/benchmarks.md). Jetty's own
 * threads (one that accepts connections, those that watch them, one kept in reserve) come out of
 * the same pool, so it holds three more than the {@code 2 × processors} it leaves for requests.
 * More requests than that wait in Jetty's queue, in the order they came.
 */
public final class RequestThreads {
  /** Threads Jetty takes for itself on one processor: an acceptor, a selector, one reserved. */
  static final int JETTY_OWN = 3;

  private RequestThreads() {}

  /**
   * A pool of {@code 3 + 2 × processors} threads, named {@code recovery-web-N}.
   *
   * @throws IllegalArgumentException if {@code processors} is below 1
   */
  public static QueuedThreadPool forProcessors(int processors) {
    if (processors < 1) {
      throw new IllegalArgumentException("processors must be at least 1, was " + processors);
    }
    int max = maxThreads(processors);
    QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, 8));
    pool.setName("recovery-web");
    return pool;
  }

  /** The largest number of threads the pool for {@code processors} holds. */
  static int maxThreads(int processors) {
    return JETTY_OWN + 2 * processors;
  }
}
