package org.recovery.cli;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A passphrase kept only as a slow salted hash: PBKDF2 with HMAC-SHA-256, a random 16-byte salt,
 * a 32-byte result, and the iteration count stored beside it, so a later release can raise the
 * work factor for new passphrases while old ones still verify.
 *
 * @param algorithm the JCA name, {@value #ALGORITHM}
 * @param iterations the work factor
 * @param salt the random salt
 * @param hash the derived bytes
 */
record PassphraseHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
  /** The only algorithm this release writes and reads. */
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  /** The shortest passphrase accepted. */
  static final int MIN_LENGTH = 8;
  /** The longest passphrase accepted. */
  static final int MAX_LENGTH = 1024;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  PassphraseHash {
    if (!ALGORITHM.equals(algorithm)) {
      throw new IllegalArgumentException("unknown passphrase algorithm " + algorithm);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive, was " + iterations);
    }
    salt = Objects.requireNonNull(salt, "salt").clone();
    hash = Objects.requireNonNull(hash, "hash").clone();
  }

  /** Hashes a new passphrase with a fresh salt. */
  static PassphraseHash create(char[] passphrase, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new PassphraseHash(ALGORITHM, iterations, salt, derive(passphrase, salt, iterations));
  }

  /** Whether {@code passphrase} is the one hashed, compared in constant time. */
  boolean matches(char[] passphrase) {
    return MessageDigest.isEqual(hash, derive(passphrase, salt, iterations));
  }

  /**
   * Why {@code passphrase} cannot be set, or null if it can: too short, too long, or blank.
   */
  static String problemWith(char[] passphrase) {
    if (passphrase.length < MIN_LENGTH) {
      return "a passphrase needs at least " + MIN_LENGTH + " characters";
    }
    if (passphrase.length > MAX_LENGTH) {
      return "a passphrase may have at most " + MAX_LENGTH + " characters";
    }
    for (char c : passphrase) {
      if (!Character.isWhitespace(c)) {
        return null;
      }
    }
    return "a passphrase must not be only spaces";
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PassphraseHash h && algorithm.equals(h.algorithm)
        && iterations == h.iterations && Arrays.equals(salt, h.salt) && Arrays.equals(hash, h.hash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hash);
  }

  @Override
  public String toString() {
    return "PassphraseHash[" + algorithm + ", " + iterations + " iterations]";
  }

  private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK lacks " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }
}
