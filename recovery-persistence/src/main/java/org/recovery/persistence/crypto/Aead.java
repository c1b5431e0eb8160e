package org.recovery.persistence.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
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
 * cipher kept for reuse holds a real key between messages. Within a {@link #batch}, such as one
 * read of a journey, each key keeps a cipher of its own until the batch ends, when they are all set
 * back: setting a cipher to a key expands the key into round keys, and doing that twice per message
 * (the key, then the zeros) was a tenth to a sixth of reading a long journey of sealed entries.
 */
public final class Aead {
  private static final byte FORMAT = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SecretKey BLANK = new SecretKeySpec(new byte[32], "AES");
  private static final GCMParameterSpec BLANK_NONCE =
      new GCMParameterSpec(TAG_BITS, new byte[NONCE_BYTES]);
  private static final ThreadLocal<Ciphers> CIPHERS = ThreadLocal.withInitial(Ciphers::new);

  private Aead() {}

  /**
   * Runs {@code work}, in which this thread's messages under one key reuse that key's cipher
   * without setting it back to the blank key in between; when the outermost batch ends, however it
   * ends, every cipher it used is set back. Batches nest. Keep a batch to one piece of work on one
   * journey's keys: the ciphers it keys live until it ends.
   *
   * @return what {@code work} returns
   */
  public static <T> T batch(Supplier<T> work) {
    Ciphers ciphers = CIPHERS.get();
    ciphers.depth++;
    try {
      return work.get();
    } finally {
      if (--ciphers.depth == 0) {
        ciphers.endBatch();
      }
    }
  }

  /** How many of this thread's ciphers hold a real key now: none outside a batch. */
  static int keyedCiphers() {
    return CIPHERS.get().keyed.size();
  }

  /**
   * Encrypts and authenticates {@code plaintext}, binding {@code associatedData}.
   *
   * @return the sealed message
   */
  public static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
    return seal(key, plaintext, 0, plaintext.length, associatedData);
  }

  /**
   * Encrypts and authenticates {@code length} bytes of {@code plaintext} from {@code offset},
   * binding {@code associatedData}.
   *
   * @return the sealed message
   */
  public static byte[] seal(
      SecretKey key, byte[] plaintext, int offset, int length, byte[] associatedData) {
    Objects.checkFromIndexSize(offset, length, plaintext.length);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Ciphers ciphers = CIPHERS.get();
    Cipher cipher = ciphers.forKey(key);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext, offset, length);
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(FORMAT)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    } finally {
      ciphers.afterMessage(cipher);
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
    return open(key, sealed, 0, sealed.length, associatedData);
  }

  /**
   * Checks and decrypts the sealed message in {@code length} bytes of {@code sealed} from {@code
   * offset}.
   *
   * @return the plaintext
   * @throws AuthenticationFailed as {@link #open(SecretKey, byte[], byte[])} does
   */
  public static byte[] open(
      SecretKey key, byte[] sealed, int offset, int length, byte[] associatedData) {
    Objects.checkFromIndexSize(offset, length, sealed.length);
    byte[] plain = new byte[Math.max(0, plaintextLength(length))];
    open(key, sealed, offset, length, associatedData, plain, 0);
    return plain;
  }

  /**
   * Checks and decrypts the sealed message in {@code length} bytes of {@code sealed} from {@code
   * offset} into {@code out} from {@code outOffset}, which must have room for exactly its plaintext
   * ({@link #plaintextLength}). Nothing in {@code out} is to be used if this throws.
   *
   * @return the length of the plaintext written
   * @throws AuthenticationFailed as {@link #open(SecretKey, byte[], byte[])} does
   * @throws IndexOutOfBoundsException if a range does not fit its array
   */
  public static int open(
      SecretKey key,
      byte[] sealed,
      int offset,
      int length,
      byte[] associatedData,
      byte[] out,
      int outOffset) {
    Objects.checkFromIndexSize(offset, length, sealed.length);
    if (length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[offset] != FORMAT) {
      throw new AuthenticationFailed("not a sealed message of format " + FORMAT);
    }
    Objects.checkFromIndexSize(outOffset, plaintextLength(length), out.length);
    Ciphers ciphers = CIPHERS.get();
    Cipher cipher = ciphers.forKey(key);
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, sealed, offset + 1, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(
          sealed, offset + 1 + NONCE_BYTES, length - 1 - NONCE_BYTES, out, outOffset);
    } catch (AEADBadTagException e) {
      throw new AuthenticationFailed("the authentication tag does not match");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    } finally {
      ciphers.afterMessage(cipher);
    }
  }

  /** How many bytes of plaintext a sealed message of {@code sealedLength} bytes holds. */
  public static int plaintextLength(int sealedLength) {
    return sealedLength - 1 - NONCE_BYTES - TAG_BITS / 8;
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

  /**
   * One thread's ciphers: one for messages outside a batch, and inside a batch one per key (keys
   * are told apart by what they are, not by which object holds them: a store hands out a new key
   * object for each message), up to {@link #MOST_KEYS}; a batch with more keys than that uses the
   * loose cipher for the others, set back after each message as outside a batch.
   */
  private static final class Ciphers {
    private static final int MOST_KEYS = 8;

    private final Cipher loose = newCipher();
    private final Map<SecretKey, Cipher> keyed = new HashMap<>();
    private final Deque<Cipher> spare = new ArrayDeque<>();
    private int depth;

    Cipher forKey(SecretKey key) {
      if (depth == 0) {
        return loose;
      }
      Cipher cipher = keyed.get(key);
      if (cipher == null) {
        if (keyed.size() == MOST_KEYS) {
          return loose;
        }
        cipher = spare.isEmpty() ? newCipher() : spare.pop();
        keyed.put(key, cipher);
      }
      return cipher;
    }

    void afterMessage(Cipher cipher) {
      if (cipher == loose) {
        blank(cipher);
      }
    }

    void endBatch() {
      for (Cipher cipher : keyed.values()) {
        blank(cipher);
        spare.push(cipher);
      }
      keyed.clear();
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
