package org.recovery.web.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passphrases with PBKDF2-HMAC-SHA256 (the JDK's), a random 16-byte salt per
 * account and a 32-byte hash, compared in constant time. The stored form is {@code
 * pbkdf2-sha256$ITERATIONS$SALT$HASH} with base64 salt and hash, so the work factor can be raised
 * later without invalidating old hashes.
 *
 * <p>{@link #checkAgainstNothing} spends the same work as a real check, so a wrong name costs as
 * much time as a wrong passphrase.
 */
public final class Passphrases {
  /** The work factor of new hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;
  /** The shortest passphrase accepted, in characters. */
  public static final int MIN_LENGTH = 10;
  /** The longest passphrase accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

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
    if (passphrase == null) {
      return "A passphrase is required.";
    }
    int length = passphrase.codePointCount(0, passphrase.length());
    if (length < MIN_LENGTH) {
      return "A passphrase needs at least " + MIN_LENGTH + " characters.";
    }
    if (length > MAX_LENGTH) {
      return "A passphrase may have at most " + MAX_LENGTH + " characters.";
    }
    return null;
  }

  /** The stored form of {@code passphrase}, with a new random salt. */
  public String hash(String passphrase) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(passphrase, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(hash);
  }

  /** Whether {@code passphrase} matches {@code stored}; false for a malformed stored form. */
  public boolean check(String passphrase, String stored) {
    String[] parts = stored.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      int n = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(passphrase, salt, n);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Spends the work of one {@link #check} and returns false: for a name with no account. */
  public boolean checkAgainstNothing(String passphrase) {
    check(passphrase, dummy);
    return false;
  }

  private byte[] derive(String passphrase, byte[] salt, int rounds) {
    derivations.incrementAndGet();
    char[] chars = passphrase.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, rounds, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }
}
