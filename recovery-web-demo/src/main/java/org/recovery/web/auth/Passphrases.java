package org.recovery.web.auth;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * Hashes and checks the server's passphrases with the shared {@link PassphraseHash}
 * (PBKDF2-HMAC-SHA256, a random 16-byte salt per account, constant-time comparison). The stored
 * form is {@link PassphraseHash#encoded}, {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, so the work
 * factor can be raised later without invalidating old hashes.
 *
 * <p>{@link #checkAgainstNothing} spends the same work as a real check, so a wrong name costs as
 * much time as a wrong passphrase.
 */
public final class Passphrases {
  /** The work factor of new hashes. */
  public static final int DEFAULT_ITERATIONS = PassphraseHash.DEFAULT_ITERATIONS;

  /** The shortest passphrase accepted, in characters. */
  public static final int MIN_LENGTH = PassphraseHash.MIN_LENGTH;

  /** The longest passphrase accepted, in characters. */
  public static final int MAX_LENGTH = PassphraseHash.MAX_LENGTH;

  private final int iterations;
  private final String dummy;
  private final AtomicLong derivations = new AtomicLong();

  private Passphrases(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
    }
    this.iterations = iterations;
    this.dummy = hash("not a passphrase anyone has");
    derivations.set(0);
  }

  /** Passphrases at the default work factor. */
  public static Passphrases standard() {
    return new Passphrases(DEFAULT_ITERATIONS);
  }

  /** Passphrases at another work factor; below the default only for tests. */
  public static Passphrases withIterations(int iterations) {
    return new Passphrases(iterations);
  }

  /** The work factor of new hashes. */
  public int iterations() {
    return iterations;
  }

  /** How many key derivations ran since construction (for tests of equal work). */
  public long derivations() {
    return derivations.get();
  }

  /**
   * Checks a new passphrase's length.
   *
   * @return null if acceptable, else the sentence that says why not
   */
  public static String problemWith(String passphrase) {
    return PassphraseHash.problemWith(passphrase == null ? null : passphrase.toCharArray())
        .orElse(null);
  }

  /** The stored form of {@code passphrase}, with a new random salt. */
  public String hash(String passphrase) {
    char[] chars = passphrase.toCharArray();
    try {
      derivations.incrementAndGet();
      return PassphraseHash.create(chars, iterations).encoded();
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /** Whether {@code passphrase} matches {@code stored}; false for a malformed stored form. */
  public boolean check(String passphrase, String stored) {
    PassphraseHash hash;
    try {
      hash = PassphraseHash.parse(stored);
    } catch (IllegalArgumentException e) {
      return false;
    }
    char[] chars = passphrase.toCharArray();
    try {
      derivations.incrementAndGet();
      return hash.matches(chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /** Spends the work of one {@link #check} and returns false: for a name with no account. */
  public boolean checkAgainstNothing(String passphrase) {
    check(passphrase, dummy);
    return false;
  }
}
