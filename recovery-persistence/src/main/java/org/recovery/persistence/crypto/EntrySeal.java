package org.recovery.persistence.crypto;

import java.nio.charset.StandardCharsets;
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

  private static byte[] associatedData(
      String keyId, JourneyId journey, long version, PartnerId author) {
    return ("recovery:sealed-entry:v1:" + journey + ":" + version + ":" + author + ":" + keyId)
        .getBytes(StandardCharsets.US_ASCII);
  }
}
