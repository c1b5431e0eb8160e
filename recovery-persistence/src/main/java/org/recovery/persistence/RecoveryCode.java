package org.recovery.persistence;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A partner's recovery code: 24 characters of base32 (the letters A–Z and the digits 2–7), 120
 * random bits, written in six groups of four ({@code K7QM-2XWD-…}). It unlocks the partner's key
 * when the passphrase is lost. It is shown once, when the key is made or the code is replaced, and
 * kept nowhere: only a key derived from it is used, to wrap the partner key.
 *
 * <p>Immutable. {@link #toString} never shows the code; {@link #text} does.
 */
public final class RecoveryCode {
  /** How many characters a code has, without the dashes. */
  public static final int LENGTH = 24;

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String characters;

  private RecoveryCode(String characters) {
    this.characters = characters;
  }

  /** A new random code. */
  public static RecoveryCode random() {
    StringBuilder out = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new RecoveryCode(out.toString());
  }

  /**
   * A code as a person typed it: dashes and spaces are ignored, lower case is read as upper case.
   *
   * @throws IllegalArgumentException saying what is wrong with it (never repeating it)
   */
  public static RecoveryCode parse(String typed) {
    Objects.requireNonNull(typed, "recovery code must not be null");
    String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (plain.length() != LENGTH) {
      throw new IllegalArgumentException(
          "A recovery code has "
              + LENGTH
              + " letters and digits"
              + " (six groups of four); this one has "
              + plain.length()
              + ".");
    }
    for (int i = 0; i < plain.length(); i++) {
      if (ALPHABET.indexOf(plain.charAt(i)) < 0) {
        throw new IllegalArgumentException(
            "A recovery code has only the letters A to Z and the"
                + " digits 2 to 7; character "
                + (i + 1)
                + " is neither.");
      }
    }
    return new RecoveryCode(plain);
  }

  /** The code to show or print: six groups of four characters, joined by dashes. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < LENGTH; i += 4) {
      if (i > 0) {
        out.append('-');
      }
      out.append(characters, i, i + 4);
    }
    return out.toString();
  }

  /** The code's 120 bits: the input of the key derived from it. A fresh copy each time. */
  public byte[] bits() {
    byte[] out = new byte[LENGTH * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int at = 0;
    for (int i = 0; i < LENGTH; i++) {
      buffer = (buffer << 5) | ALPHABET.indexOf(characters.charAt(i));
      bits += 5;
      if (bits >= 8) {
        out[at++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecoveryCode c && Arrays.equals(bits(), c.bits());
  }

  @Override
  public int hashCode() {
    return characters.hashCode();
  }

  @Override
  public String toString() {
    return "RecoveryCode[hidden]";
  }
}
