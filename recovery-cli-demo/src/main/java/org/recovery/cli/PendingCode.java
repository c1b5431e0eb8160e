package org.recovery.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.persistence.RecoveryCode;

/**
 * A recovery code made when a zero-knowledge journey starts, kept until its partner's first own
 * command, sealed under their own passphrase (PBKDF2-HMAC-SHA256, then AES-256-GCM): so it is shown
 * to them alone, never to whoever started the journey beside them. Whoever can open it already
 * holds the passphrase that unlocks the same key, so keeping it adds no way in.
 *
 * @param iterations the PBKDF2 work factor
 * @param salt the PBKDF2 salt
 * @param sealed the GCM nonce followed by the sealed code
 */
record PendingCode(int iterations, byte[] salt, byte[] sealed) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE = 12;
  private static final byte[] CONTEXT =
      "recovery:cli:pending-recovery-code:v1".getBytes(StandardCharsets.US_ASCII);

  /** {@code code} sealed under {@code passphrase}. */
  static PendingCode seal(RecoveryCode code, char[] passphrase, int iterations) {
    byte[] salt = new byte[16];
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, nonce);
      byte[] text = cipher.doFinal(code.text().getBytes(StandardCharsets.US_ASCII));
      return new PendingCode(
          iterations, salt, ByteBuffer.allocate(NONCE + text.length).put(nonce).put(text).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java runtime cannot seal with AES-GCM", e);
    }
  }

  /** The code, if {@code passphrase} opens it; empty if it does not. */
  Optional<RecoveryCode> open(char[] passphrase) {
    if (sealed.length <= NONCE) {
      return Optional.empty();
    }
    try {
      Cipher cipher =
          cipher(
              Cipher.DECRYPT_MODE,
              passphrase,
              salt,
              iterations,
              Arrays.copyOfRange(sealed, 0, NONCE));
      byte[] text = cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
      return Optional.of(RecoveryCode.parse(new String(text, StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Cipher cipher(
      int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(CONTEXT);
      Arrays.fill(key, (byte) 0);
      return cipher;
    } finally {
      spec.clearPassword();
    }
  }
}
