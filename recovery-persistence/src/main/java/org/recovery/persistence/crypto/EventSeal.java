package org.recovery.persistence.crypto;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;

/** Seals and opens one stored event payload, bound to its journey and version. */
public final class EventSeal {
  private EventSeal() {}

  /** Seals the payload of event {@code version} of {@code journey} under its data key. */
  public static byte[] seal(SecretKey dataKey, JourneyId journey, long version, byte[] payload) {
    return Aead.seal(dataKey, payload, associatedData(journey, version));
  }

  /**
   * Opens the payload stored as event {@code version} of {@code journey}.
   *
   * @throws Aead.AuthenticationFailed if it was altered, moved from another journey or version, or
   *     sealed under another data key
   */
  public static byte[] open(SecretKey dataKey, JourneyId journey, long version, byte[] sealed) {
    return Aead.open(dataKey, sealed, associatedData(journey, version));
  }

  private static byte[] associatedData(JourneyId journey, long version) {
    return ("recovery:event:v1:" + journey + ":" + version).getBytes(StandardCharsets.US_ASCII);
  }
}
