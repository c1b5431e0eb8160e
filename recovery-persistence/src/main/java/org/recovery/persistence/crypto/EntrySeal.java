package org.recovery.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * Seals and opens the private part of an entry under its author's partner key, bound to the
 * journey, the version, the author and the key's id: it opens nowhere else, and cannot be passed
 * off as the other partner's.
 */
public final class EntrySeal {
  private EntrySeal() {}

  /** Seals {@code entry}, the stored form of event {@code version} by {@code author}. */
  public static byte[] seal(
      SecretKey partnerKey,
      String keyId,
      JourneyId journey,
      long version,
      PartnerId author,
      byte[] entry) {
    return Aead.seal(partnerKey, entry, associatedData(keyId, journey, version, author));
  }

  /**
   * Opens what {@link #seal} sealed.
   *
   * @throws Aead.AuthenticationFailed if it was altered, moved, or sealed under another key
   */
  public static byte[] open(
      SecretKey partnerKey,
      String keyId,
      JourneyId journey,
      long version,
      PartnerId author,
      byte[] sealed) {
    return Aead.open(partnerKey, sealed, associatedData(keyId, journey, version, author));
  }

  /**
   * {@code recovery:sealed-entry:v1:JOURNEY:VERSION:AUTHOR:KEYID} in ASCII. The parts around the
   * version are kept from the last call: a read opens thousands of one partner's entries in a row.
   */
  static byte[] associatedData(String keyId, JourneyId journey, long version, PartnerId author) {
    Fixed fixed = last;
    if (fixed == null || !fixed.fits(keyId, journey, author)) {
      fixed =
          new Fixed(
              keyId,
              journey,
              author,
              ("recovery:sealed-entry:v1:" + journey + ":").getBytes(StandardCharsets.US_ASCII),
              (":" + author + ":" + keyId).getBytes(StandardCharsets.US_ASCII));
      last = fixed;
    }
    String digits = Long.toString(version);
    byte[] head = fixed.head();
    byte[] tail = fixed.tail();
    byte[] data = new byte[head.length + digits.length() + tail.length];
    System.arraycopy(head, 0, data, 0, head.length);
    for (int i = 0; i < digits.length(); i++) {
      data[head.length + i] = (byte) digits.charAt(i);
    }
    System.arraycopy(tail, 0, data, head.length + digits.length(), tail.length);
    return data;
  }

  private static volatile Fixed last;

  /** The associated data of one key's entries in one journey, but for the version. */
  private record Fixed(
      String keyId, JourneyId journey, PartnerId author, byte[] head, byte[] tail) {
    boolean fits(String keyId, JourneyId journey, PartnerId author) {
      return Objects.equals(this.keyId, keyId)
          && Objects.equals(this.journey, journey)
          && Objects.equals(this.author, author);
    }
  }
}
