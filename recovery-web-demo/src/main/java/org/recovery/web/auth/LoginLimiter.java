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
 * Counts failed log-ins per account (by name key, whether or not the account exists) and per client
 * address in a sliding window, and says when a key has had too many. Attempts past the limit are
 * refused before any passphrase is checked.
 */
public final class LoginLimiter {
  /** The default window. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** Failed attempts allowed per account in a window, by default. */
  public static final int PER_ACCOUNT = 5;

  /** Failed attempts allowed per address in a window, by default. */
  public static final int PER_ADDRESS = 20;

  private final Clock clock;
  private final int perAccount;
  private final int perAddress;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  /** A limiter with explicit limits. */
  public LoginLimiter(Clock clock, int perAccount, int perAddress, Duration window) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (perAccount < 1 || perAddress < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.window = Objects.requireNonNull(window, "window must not be null");
  }

  /** A limiter with the default limits. */
  public static LoginLimiter standard(Clock clock) {
    return new LoginLimiter(clock, PER_ACCOUNT, PER_ADDRESS, WINDOW);
  }

  /** How long until an attempt for this account from this address is allowed; empty if now. */
  public synchronized Optional<Duration> blocked(String nameKey, String address) {
    Instant now = clock.instant();
    Optional<Duration> account = wait("account:" + nameKey, perAccount, now);
    Optional<Duration> from = wait("address:" + address, perAddress, now);
    if (account.isPresent() && from.isPresent()) {
      return Optional.of(account.get().compareTo(from.get()) > 0 ? account.get() : from.get());
    }
    return account.isPresent() ? account : from;
  }

  /** Records a failed attempt. */
  public synchronized void failed(String nameKey, String address) {
    Instant now = clock.instant();
    if (failures.size() > 100_000) {
      failures.values().removeIf(q -> q.isEmpty() || !q.peekLast().plus(window).isAfter(now));
    }
    failures.computeIfAbsent("account:" + nameKey, k -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent("address:" + address, k -> new ArrayDeque<>()).addLast(now);
  }

  /** Forgets the failures of an account after a successful log-in. */
  public synchronized void succeeded(String nameKey) {
    failures.remove("account:" + nameKey);
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return Optional.empty();
    }
    while (!q.isEmpty() && !q.peekFirst().plus(window).isAfter(now)) {
      q.removeFirst();
    }
    if (q.isEmpty()) {
      failures.remove(key);
      return Optional.empty();
    }
    if (q.size() < limit) {
      return Optional.empty();
    }
    Instant freed = q.stream().skip(q.size() - limit).findFirst().orElseThrow().plus(window);
    return Optional.of(Duration.between(now, freed));
  }
}
