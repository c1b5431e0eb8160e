package org.recovery.persistence.jdbc;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.common.JourneyId;

/**
 * Where a journey's history ended when it was last written: the version of its last event and a
 * keyed hash chain over every stored event up to it. {@code chain(0)} is 32 zero bytes; {@code
 * chain(n) = HMAC-SHA256(k, journey id ‖ n ‖ chain(n-1) ‖ sealed row n)}, where {@code k =
 * HMAC-SHA256(data key, "recovery journey head v1")}. The chain covers the stored (sealed) rows, so
 * it is checked without decrypting; keyed by the journey's data key, it cannot be made for a
 * shorter or different history without the master key.
 */
record JourneyHead(long version, byte[] chain) {
  private static final byte[] LABEL =
      "recovery journey head v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The head of a journey with no events. */
  static JourneyHead empty() {
    return new JourneyHead(0, new byte[32]);
  }

  /** Whether both heads name the same version and the same chain. */
  boolean sameAs(JourneyHead other) {
    return version == other.version && MessageDigest.isEqual(chain, other.chain);
  }

  /** The head after {@code sealed}, the rows that follow this one in order. */
  JourneyHead then(SecretKey dataKey, JourneyId journey, List<byte[]> sealed) {
    Mac mac = mac(dataKey);
    long v = version;
    byte[] c = chain;
    for (byte[] row : sealed) {
      v++;
      mac.update(
          ByteBuffer.allocate(24)
              .putLong(journey.value().getMostSignificantBits())
              .putLong(journey.value().getLeastSignificantBits())
              .putLong(v)
              .array());
      mac.update(c);
      c = mac.doFinal(row);
    }
    return new JourneyHead(v, c);
  }

  private static Mac mac(SecretKey dataKey) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(dataKey.getEncoded(), "HmacSHA256"));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(derive.doFinal(LABEL), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JourneyHead h && sameAs(h);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(version) * 31 + Arrays.hashCode(chain);
  }

  @Override
  public String toString() {
    return "head at version " + version;
  }
}
