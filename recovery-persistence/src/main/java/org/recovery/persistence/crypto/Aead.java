package org.recovery.persistence.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per message and caller-supplied associated data. A sealed
 * message is {@code [format 0x01][nonce, 12 bytes][ciphertext and 128-bit tag]}; it opens only
 * under the same key and the same associated data, so binding a row's position into the associated
 * data makes a row moved elsewhere fail to open.
 *
 * <p>Thread-safe. Each thread reuses one cipher object instead of asking the JDK's providers for a
 * new one per message; after every message the cipher is set back to a fixed key of zeros, so no
 * cipher kept for reuse holds a real key between messages.
 */
public final class Aead {
  private static final byte FORMAT = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SecretKey BLANK = new SecretKeySpec(new byte[32], "AES");
  private static final GCMParameterSpec BLANK_NONCE =
      new GCMParameterSpec(TAG_BITS, new byte[NONCE_BYTES]);
  private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(Aead::newCipher);

  private Aead() {}

  /**
   * Encrypts and authenticates {@code plaintext}, binding {@code associatedData}.
   *
   * @return the sealed message
   */
  public static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Cipher cipher = CIPHER.get();
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(FORMAT)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    } finally {
      blank(cipher);
    }
  }

  /**
   * Checks and decrypts a sealed message.
   *
   * @return the plaintext
   * @throws AuthenticationFailed if the message was altered, moved (other associated data), sealed
   *     under another key, or is not a sealed message at all
   */
  public static byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) {
    if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
      throw new AuthenticationFailed("not a sealed message of format " + FORMAT);
    }
    Cipher cipher = CIPHER.get();
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new AuthenticationFailed("the authentication tag does not match");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    } finally {
      blank(cipher);
    }
  }

  private static Cipher newCipher() {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      blank(cipher);
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /** Sets the cipher to the blank key, in decrypt mode (which may reuse a nonce). */
  private static void blank(Cipher cipher) {
    try {
      cipher.init(Cipher.DECRYPT_MODE, BLANK, BLANK_NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /** A sealed message did not open: altered, moved, under another key, or not sealed at all. */
  public static final class AuthenticationFailed extends RuntimeException {
    AuthenticationFailed(String message) {
      super(message, null, false, false);
    }
  }
}
