package org.recovery.persistence;

/**
 * A passphrase or recovery code did not unlock a partner's key. Nothing was changed. The message
 * says which partner and which kind of secret, never the secret.
 */
public final class WrongSecret extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A refusal with {@code message}, a sentence for a person. */
  public WrongSecret(String message) {
    super(message, null, false, false);
  }
}
