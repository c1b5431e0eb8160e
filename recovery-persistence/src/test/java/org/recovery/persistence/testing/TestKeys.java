package org.recovery.persistence.testing;

import javax.crypto.spec.SecretKeySpec;
import org.recovery.persistence.KeyProvider;
import org.recovery.persistence.crypto.MasterKey;

/** Master keys for tests, fixed or random. */
public final class TestKeys {
  private TestKeys() {}

  /** A provider of a new random master key. */
  public static KeyProvider random() {
    byte[] material = MasterKey.randomMaterial();
    return () -> new SecretKeySpec(material, "AES");
  }
}
