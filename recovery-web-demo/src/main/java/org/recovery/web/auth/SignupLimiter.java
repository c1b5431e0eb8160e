package org.recovery.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits new journeys (sign-ups and demos) in a sliding window: per client address, so that one
 * client cannot use up everyone's sign-ups, and overall, far higher, as a brake on a flood from
 * many addresses. A sign-up that fails for a reason of the server's (a name collision) is given
 * back.
 */
public final class SignupLimiter {
  /** The window. */
  public static final Duration WINDOW = Duration.ofHours(1);

  /** New journeys allowed per client address in a window, by default. */
  public static final int PER_ADDRESS = 10;

  /** New journeys allowed from all addresses together in a window, by default. */
  public static final int OVERALL = 1_000;

  private static final String ALL = "";

  private final Clock clock;
  private final int perAddress;
  private final int overall;
  private final Map<String, Deque<Instant>> taken = new HashMap<>();

  /** A limiter with explicit limits. */
  public SignupLimiter(Clock clock, int perAddress, int overall) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (perAddress < 1 || overall < perAddress) {
      throw new IllegalArgumentException("limits must be at least 1, overall at least per address");
    }
    this.perAddress = perAddress;
    this.overall = overall;
  }

  /** A limiter with the default limits. */
  public static SignupLimiter standard(Clock clock) {
    return new SignupLimiter(clock, PER_ADDRESS, OVERALL);
  }

  /**
   * Takes one sign-up for {@code address} if the limits allow it.
   *
   * @return empty if taken; otherwise how long until one is free
   */
  public synchronized Optional<Duration> take(String address) {
    Instant now = clock.instant();
    String key = "address:" + address;
    Optional<Duration> wait = longer(wait(key, perAddress, now), wait(ALL, overall, now));
    if (wait.isEmpty()) {
      taken.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
      taken.computeIfAbsent(ALL, k -> new ArrayDeque<>()).addLast(now);
    }
    return wait;
  }

  /** Gives back the sign-up last taken for {@code address}. */
  public synchronized void giveBack(String address) {
    for (String key : new String[] {"address:" + address, ALL}) {
      Deque<Instant> q = taken.get(key);
      if (q != null && !q.isEmpty()) {
        q.removeLast();
      }
    }
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> q = taken.get(key);
    if (q == null) {
      return Optional.empty();
    }
    while (!q.isEmpty() && !q.peekFirst().plus(WINDOW).isAfter(now)) {
      q.removeFirst();
    }
    if (q.isEmpty()) {
      taken.remove(key);
      return Optional.empty();
    }
    if (q.size() < limit) {
      return Optional.empty();
    }
    Instant freed = q.stream().skip(q.size() - limit).findFirst().orElseThrow().plus(WINDOW);
    return Optional.of(Duration.between(now, freed));
  }

  private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get()) >= 0 ? a : b;
    }
    return a.isPresent() ? a : b;
  }
}
