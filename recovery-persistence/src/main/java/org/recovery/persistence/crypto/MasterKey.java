package org.recovery.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.common.JourneyId;

/**
 * The key that wraps every journey's data key. It never encrypts events itself, so rotating it
 * means re-wrapping the small data keys, not re-encrypting the events.
 *
 * <p>Its {@linkplain #fingerprint() fingerprint} names it without revealing it: an HMAC of a fixed
 * label under the key. Stored beside each wrapped data key, it tells a wrong master key apart from
 * a corrupt row.
 */
public final class MasterKey {
  /** The length of a master key and of a data key: 256 bits. */
  public static final int KEY_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;
  private final String fingerprint;

  private MasterKey(SecretKey key) {
    this.key = key;
    this.fingerprint = fingerprintOf(key);
  }

  /**
   * Wraps raw key material.
   *
   * @throws IllegalArgumentException if it is not 32 bytes long
   */
  public static MasterKey of(byte[] material) {
    Objects.requireNonNull(material, "master key material must not be null");
    if (material.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "a master key must be " + KEY_BYTES + " bytes (AES-256), was " + material.length);
    }
    return new MasterKey(new SecretKeySpec(material, "AES"));
  }

  /** Fresh random key material, 32 bytes. */
  public static byte[] randomMaterial() {
    byte[] material = new byte[KEY_BYTES];
    RANDOM.nextBytes(material);
    return material;
  }

  /** Sixteen hex digits that name this key and reveal nothing of it. */
  public String fingerprint() {
    return fingerprint;
  }

  /** A new random data key for a journey. */
  public static SecretKey newDataKey() {
    return new SecretKeySpec(randomMaterial(), "AES");
  }

  /** Seals {@code dataKey} under this master key, bound to {@code journey}. */
  public byte[] wrap(SecretKey dataKey, JourneyId journey) {
    return Aead.seal(key, dataKey.getEncoded(), associatedData(journey));
  }

  /**
   * Opens a data key sealed by {@link #wrap} for {@code journey}.
   *
   * @throws Aead.AuthenticationFailed if it was wrapped under another master key, for another
   *     journey, or altered
   */
  public SecretKey unwrap(byte[] wrapped, JourneyId journey) {
    return new SecretKeySpec(Aead.open(key, wrapped, associatedData(journey)), "AES");
  }

  private static byte[] associatedData(JourneyId journey) {
    return ("recovery:data-key:v1:" + journey).getBytes(StandardCharsets.US_ASCII);
  }

  private static String fingerprintOf(SecretKey key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest =
          mac.doFinal("recovery:master-key-fingerprint:v1".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "MasterKey[" + fingerprint + "]";
  }
}
