package org.recovery.persistence.passphrase;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A passphrase kept only as a slow salted hash: PBKDF2 with HMAC-SHA-256 (the JDK's), a random
 * 16-byte salt, a 32-byte result compared in constant time, and the iteration count kept beside it,
 * so a later release can raise the work factor for new passphrases while old ones still verify.
 * Immutable; its {@link #toString} never shows the salt or the hash.
 *
 * <p>The text form, {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} with base64 salt and hash, is what
 * {@link #encoded} writes and {@link #parse} reads.
 */
public final class PassphraseHash {
  /** The JCA name of the only algorithm this release writes and reads. */
  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  /** The work factor of new hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** The most iterations a stored hash may ask for, so a tampered file cannot stall a check. */
  public static final int MAX_ITERATIONS = 10_000_000;

  /** The shortest passphrase accepted, in characters. */
  public static final int MIN_LENGTH = 10;

  /** The longest passphrase accepted, in characters. */
  public static final int MAX_LENGTH = 1024;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PassphraseHash(int iterations, byte[] salt, byte[] hash) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "iterations must be between 1 and " + MAX_ITERATIONS + ", was " + iterations);
    }
    if (salt.length < SALT_BYTES) {
      throw new IllegalArgumentException(
          "salt must have at least " + SALT_BYTES + " bytes, had " + salt.length);
    }
    if (hash.length != HASH_BYTES) {
      throw new IllegalArgumentException(
          "hash must have " + HASH_BYTES + " bytes, had " + hash.length);
    }
    this.iterations = iterations;
    this.salt = salt.clone();
    this.hash = hash.clone();
  }

  /**
   * Hashes a new passphrase with a fresh random salt. Checks nothing about the passphrase: call
   * {@link #problemWith} first.
   *
   * @throws IllegalArgumentException if iterations is outside 1..{@value #MAX_ITERATIONS}
   */
  public static PassphraseHash create(char[] passphrase, int iterations) {
    Objects.requireNonNull(passphrase, "passphrase must not be null");
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new PassphraseHash(iterations, salt, derive(passphrase, salt, iterations));
  }

  /**
   * A stored hash, from its parts.
   *
   * @throws IllegalArgumentException naming the part: an algorithm other than {@value #ALGORITHM},
   *     iterations out of range, a salt under 16 bytes, a hash not of 32 bytes
   */
  public static PassphraseHash of(String algorithm, int iterations, byte[] salt, byte[] hash) {
    if (!ALGORITHM.equals(algorithm)) {
      throw new IllegalArgumentException("algorithm must be " + ALGORITHM + ", was " + algorithm);
    }
    return new PassphraseHash(
        iterations,
        Objects.requireNonNull(salt, "salt must not be null"),
        Objects.requireNonNull(hash, "hash must not be null"));
  }

  /**
   * A stored hash, from the text {@link #encoded} wrote.
   *
   * @throws IllegalArgumentException saying which part is wrong (never repeating the text)
   */
  public static PassphraseHash parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded must not be null");
    String[] parts = encoded.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException(
          "a stored passphrase hash must read " + SCHEME + "$ITERATIONS$SALT$HASH");
    }
    int iterations;
    try {
      iterations = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("iterations must be a whole number");
    }
    return new PassphraseHash(iterations, base64("salt", parts[2]), base64("hash", parts[3]));
  }

  /**
   * Why {@code passphrase} cannot be set, as a sentence: shorter than {@value #MIN_LENGTH} or
   * longer than {@value #MAX_LENGTH} characters (counted as code points), or only white space.
   */
  public static Optional<String> problemWith(char[] passphrase) {
    if (passphrase == null) {
      return Optional.of("A passphrase is required.");
    }
    String text = new String(passphrase);
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      return Optional.of("A passphrase needs at least " + MIN_LENGTH + " characters.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("A passphrase may have at most " + MAX_LENGTH + " characters.");
    }
    if (text.isBlank()) {
      return Optional.of("A passphrase must not be only spaces.");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code passphrase} is short enough to be worth checking: at most {@value #MAX_LENGTH}
   * characters (code points), the most {@link #problemWith} lets anyone set. Longer ones can match
   * no hash and are refused without the work of hashing. This is the one length limit of every
   * log-in, so every passphrase that could be set can be used.
   */
  public static boolean mayBeChecked(char[] passphrase) {
    return passphrase != null
        && new String(passphrase).codePointCount(0, passphrase.length) <= MAX_LENGTH;
  }

  /**
   * Whether {@code passphrase} is the one hashed, compared in constant time; false without hashing
   * when it is longer than any passphrase that can be set (see {@link #mayBeChecked}).
   */
  public boolean matches(char[] passphrase) {
    Objects.requireNonNull(passphrase, "passphrase must not be null");
    if (!mayBeChecked(passphrase)) {
      return false;
    }
    return MessageDigest.isEqual(hash, derive(passphrase, salt, iterations));
  }

  /** The text form: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}. */
  public String encoded() {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /** The JCA algorithm, {@value #ALGORITHM}. */
  public String algorithm() {
    return ALGORITHM;
  }

  /** The work factor. */
  public int iterations() {
    return iterations;
  }

  /** A copy of the salt. */
  public byte[] salt() {
    return salt.clone();
  }

  /** A copy of the derived bytes. */
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PassphraseHash h
        && iterations == h.iterations
        && Arrays.equals(salt, h.salt)
        && Arrays.equals(hash, h.hash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hash);
  }

  @Override
  public String toString() {
    return "PassphraseHash[" + ALGORITHM + ", " + iterations + " iterations]";
  }

  private static byte[] base64(String part, String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(part + " must be base64");
    }
  }

  /**
   * The 32 bytes PBKDF2-HMAC-SHA256 derives from {@code passphrase} with {@code salt} and {@code
   * iterations}: the same derivation a hash is made with, for keys derived from a passphrase.
   *
   * @throws IllegalArgumentException if iterations is outside 1..{@value #MAX_ITERATIONS}
   */
  public static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
    Objects.requireNonNull(passphrase, "passphrase must not be null");
    Objects.requireNonNull(salt, "salt must not be null");
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "iterations must be between 1 and " + MAX_ITERATIONS + ", was " + iterations);
    }
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK lacks " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }
}
