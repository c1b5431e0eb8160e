package org.recovery.web.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Keeps one failure from filling the log: the first occurrence of a failure is logged in full,
 * repeats of it within {@link #QUIET} are only counted, and the next occurrence after that is
 * logged with the count of those it stood for. Two failures are the same when their exception types
 * and the frames where each was thrown are the same.
 */
final class RepeatedFailures {
  /** How long repeats of one failure are counted rather than logged. */
  static final Duration QUIET = Duration.ofMinutes(1);

  private static final int REMEMBERED = 64;

  private final Clock clock;
  private final Map<String, Seen> seen =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
          return size() > REMEMBERED;
        }
      };

  RepeatedFailures(Clock clock) {
    this.clock = clock;
  }

  /**
   * Notes one occurrence of {@code failure}.
   *
   * @return empty if it is only counted; otherwise how many repeats went unlogged before it
   */
  synchronized OptionalLong note(Throwable failure) {
    String key = signature(failure);
    Instant now = clock.instant();
    Seen last = seen.get(key);
    if (last != null && now.isBefore(last.logged().plus(QUIET))) {
      seen.put(key, new Seen(last.logged(), last.unlogged() + 1));
      return OptionalLong.empty();
    }
    seen.put(key, new Seen(now, 0));
    return OptionalLong.of(last == null ? 0 : last.unlogged());
  }

  private static String signature(Throwable failure) {
    StringBuilder key = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      key.append(t.getClass().getName());
      StackTraceElement[] trace = t.getStackTrace();
      if (trace.length > 0) {
        key.append('@').append(trace[0]);
      }
      key.append('|');
    }
    return key.toString();
  }

  private record Seen(Instant logged, long unlogged) {}
}
