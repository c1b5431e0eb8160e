package org.recovery.web.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * Each partner's report as the API last sent it, reused while the journey has no new event and for
 * at most {@link #FRESH_FOR}: a report is worked out as of a moment (a day's report falls due at
 * midnight, a cooling-off week ends at an instant), so an unchanged journey is still reported
 * afresh once a minute. Kept per journey and viewer, so one partner's report is never sent to the
 * other; at most {@code capacity} reports, the least recently used dropped first; {@link #forget}
 * drops a journey's reports at once (when it is deleted).
 */
public final class ReportCache {
  /** How long a report of an unchanged journey is sent again before it is worked out anew. */
  public static final Duration FRESH_FOR = Duration.ofMinutes(1);

  private final Clock clock;
  private final Map<Key, Entry> entries;

  private record Key(JourneyId journey, PartnerId viewer) {}

  private record Entry(long version, Instant builtAt, CompletableFuture<byte[]> json) {
    boolean serves(long wanted, Instant now) {
      return version == wanted && !now.isBefore(builtAt) && now.isBefore(builtAt.plus(FRESH_FOR));
    }
  }

  /**
   * An empty cache.
   *
   * @param capacity how many reports it keeps at most, at least 1
   * @throws IllegalArgumentException if {@code capacity} is below 1
   */
  public ReportCache(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The report of {@code viewer} at {@code version} of the journey: the one kept if it was built at
   * that version within {@link #FRESH_FOR}, else {@code build}'s, kept for next time. Requests that
   * arrive while it is being built wait for that one build instead of each building their own.
   *
   * @throws RuntimeException what {@code build} threw; nothing is kept then
   */
  byte[] report(JourneyId journey, PartnerId viewer, long version, Supplier<byte[]> build) {
    Key key = new Key(journey, viewer);
    Instant now = clock.instant();
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    Entry entry;
    synchronized (entries) {
      entry = entries.get(key);
      if (entry == null || !entry.serves(version, now)) {
        entry = new Entry(version, now, mine);
        entries.put(key, entry);
      }
    }
    if (entry.json() == mine) {
      try {
        mine.complete(build.get());
      } catch (RuntimeException e) {
        synchronized (entries) {
          entries.remove(key, entry);
        }
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return entry.json().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Drops every report of {@code journey}: of both partners. */
  public void forget(JourneyId journey) {
    synchronized (entries) {
      entries.keySet().removeIf(key -> key.journey().equals(journey));
    }
  }

  /** How many reports are kept now. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
