package org.recovery.core.spi;

/**
 * A store could not do what was asked: the database is unreachable, a row is corrupt, a key is
 * wrong. The message names the journey, version and type involved where they are known; it never
 * contains what a partner wrote.
 */
public class StorageException extends RuntimeException {

  /** Creates the exception. @param message what failed, with context */
  public StorageException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed, with context
   * @param cause the underlying failure
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
