package org.recovery.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Login names: compared without regard to case, width or surrounding spaces, and stored only as an
 * HMAC-SHA256 under a server secret, so the accounts file does not list who uses the server.
 */
public final class LoginNames {
  private final byte[] secret;

  private LoginNames(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the name secret needs at least 32 bytes");
    }
    this.secret = secret.clone();
  }

  /** Names keyed by {@code secret} (at least 32 bytes). */
  public static LoginNames keyedBy(byte[] secret) {
    return new LoginNames(secret);
  }

  /** The form in which two names that a person would call the same are equal. */
  public static String normalize(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    return nfkc.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The stored key of {@code name}. */
  public String key(String name) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] out = mac.doFinal(normalize(name).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
