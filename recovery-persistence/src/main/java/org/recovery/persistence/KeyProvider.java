package org.recovery.persistence;

import javax.crypto.SecretKey;

/**
 * Supplies the master key that wraps every journey's data key. The embedding application decides
 * where it lives: a file beside the data ({@link FileKeyProvider}), an environment variable ({@link
 * EnvironmentKeyProvider}), or a key management service of its own.
 *
 * <p>Keep the master key apart from the database and its backups: whoever holds both can read every
 * journey that has not been deleted.
 */
@FunctionalInterface
public interface KeyProvider {

  /**
   * The master key: AES, 256 bits, whose {@link SecretKey#getEncoded()} gives its 32 bytes. The
   * stores call this once, when they open.
   *
   * @throws org.recovery.core.spi.StorageException if the key cannot be had
   */
  SecretKey masterKey();
}
