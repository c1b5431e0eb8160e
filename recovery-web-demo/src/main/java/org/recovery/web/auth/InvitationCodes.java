package org.recovery.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Invitation codes: 20 characters of Crockford's base-32 alphabet from {@link SecureRandom} (100
 * bits), shown in groups of four ({@code 7KQ2-M9XD-…}). A code is read forgivingly (case, spaces
 * and dashes do not matter; O reads as 0, I and L as 1) and stored only as its SHA-256, which is
 * enough for a random 100-bit secret: there is no dictionary to try.
 */
public final class InvitationCodes {
  /** How long an invitation works. */
  public static final Duration LIFETIME = Duration.ofDays(7);

  /** Characters in a code, without the dashes. */
  public static final int LENGTH = 20;

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private InvitationCodes() {}

  /** A new code, in groups of four separated by dashes. */
  public static String newCode() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  /**
   * The code as typed, in its canonical form: upper case, without spaces or dashes, with the
   * letters people mistake for digits read as those digits.
   *
   * @return empty if it cannot be a code (wrong length or a character outside the alphabet)
   */
  public static String canonical(String typed) {
    if (typed == null || typed.length() > 64) {
      return "";
    }
    String c =
        typed
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (c.length() != LENGTH || !c.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
      return "";
    }
    return c;
  }

  /** The stored form of a canonical code: its SHA-256, base64url. */
  public static String hash(String canonical) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
