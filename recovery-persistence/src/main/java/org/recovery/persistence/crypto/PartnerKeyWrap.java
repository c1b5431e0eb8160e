package org.recovery.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * A partner's own key of a journey, and the two keys that wrap it: one derived from the partner's
 * passphrase (PBKDF2-HMAC-SHA256, as {@link PassphraseHash}), one from their recovery code
 * (HMAC-SHA256 of its 120 random bits with a salt: a slow derivation adds nothing to a secret that
 * cannot be guessed). Each wrapping is AES-256-GCM bound to the journey, the partner, the key's id
 * and which secret wraps it, so a wrapped key cannot be moved to another partner.
 */
public final class PartnerKeyWrap {
  /** The bytes of a salt. */
  public static final int SALT_BYTES = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PartnerKeyWrap() {}

  /** A fresh random partner key. */
  public static SecretKey newKey() {
    return MasterKey.newDataKey();
  }

  /** A fresh random key id: sixteen hex digits that name a key and reveal nothing of it. */
  public static String newKeyId() {
    byte[] id = new byte[8];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  /** A fresh random salt. */
  public static byte[] newSalt() {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return salt;
  }

  /** The key derived from a passphrase, with the work factor given. */
  public static SecretKey fromPassphrase(char[] passphrase, byte[] salt, int iterations) {
    return new SecretKeySpec(PassphraseHash.derive(passphrase, salt, iterations), "AES");
  }

  /** The key derived from a recovery code's bits. */
  public static SecretKey fromRecoveryCode(byte[] codeBits, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(codeBits, "HmacSHA256"));
      mac.update("recovery:recovery-code:v1".getBytes(StandardCharsets.US_ASCII));
      return new SecretKeySpec(mac.doFinal(salt), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  /** Wraps {@code partnerKey} under {@code wrapping}, which {@code secret} names. */
  public static byte[] wrap(SecretKey wrapping, SecretKey partnerKey, Slot slot, String secret) {
    return Aead.seal(wrapping, partnerKey.getEncoded(), slot.associatedData(secret));
  }

  /**
   * Opens a partner key wrapped by {@link #wrap}.
   *
   * @throws Aead.AuthenticationFailed if {@code wrapping} is the wrong key (a wrong passphrase or
   *     code), or the row was altered or moved
   */
  public static SecretKey unwrap(SecretKey wrapping, byte[] wrapped, Slot slot, String secret) {
    return new SecretKeySpec(Aead.open(wrapping, wrapped, slot.associatedData(secret)), "AES");
  }

  /**
   * Whose key, of which journey, with which id.
   *
   * @param journey the journey
   * @param partner the partner
   * @param keyId the key's id
   */
  public record Slot(JourneyId journey, PartnerId partner, String keyId) {
    byte[] associatedData(String secret) {
      return ("recovery:partner-key:v1:" + journey + ":" + partner + ":" + keyId + ":" + secret)
          .getBytes(StandardCharsets.US_ASCII);
    }
  }
}
