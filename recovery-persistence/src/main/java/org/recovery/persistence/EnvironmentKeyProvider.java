package org.recovery.persistence;

import java.util.Base64;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.crypto.MasterKey;

/**
 * A master key in an environment variable, as the base64 of 32 bytes ({@code openssl rand -base64
 * 32} makes one). Suits a service whose platform injects secrets into the environment. Errors name
 * the variable, never its value.
 */
public final class EnvironmentKeyProvider implements KeyProvider {
  /** The variable read by {@link #fromDefaultVariable()}. */
  public static final String DEFAULT_VARIABLE = "RECOVERY_MASTER_KEY";

  private final String variable;
  private final UnaryOperator<String> environment;

  private EnvironmentKeyProvider(String variable, UnaryOperator<String> environment) {
    this.variable = Objects.requireNonNull(variable, "variable must not be null");
    this.environment = environment;
  }

  /** The key in {@value #DEFAULT_VARIABLE}. */
  public static EnvironmentKeyProvider fromDefaultVariable() {
    return fromVariable(DEFAULT_VARIABLE);
  }

  /** The key in the environment variable {@code name}. */
  public static EnvironmentKeyProvider fromVariable(String name) {
    return new EnvironmentKeyProvider(name, System::getenv);
  }

  /** The key in {@code name}, looked up in {@code environment} instead of the process's. */
  static EnvironmentKeyProvider fromVariable(String name, UnaryOperator<String> environment) {
    return new EnvironmentKeyProvider(name, environment);
  }

  /**
   * Reads the key from the variable.
   *
   * @throws StorageException if the variable is unset, blank, not base64, or not 32 bytes
   */
  @Override
  public SecretKey masterKey() {
    String value = environment.apply(variable);
    if (value == null || value.isBlank()) {
      throw new StorageException(
          "environment variable "
              + variable
              + " is not set; it must hold the base64 of a 32-byte master key");
    }
    byte[] material;
    try {
      material = Base64.getDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      throw new StorageException("environment variable " + variable + " is not base64");
    }
    if (material.length != MasterKey.KEY_BYTES) {
      throw new StorageException(
          "environment variable "
              + variable
              + " holds "
              + material.length
              + " bytes; a master key is "
              + MasterKey.KEY_BYTES);
    }
    return new SecretKeySpec(material, "AES");
  }

  @Override
  public String toString() {
    return "EnvironmentKeyProvider[" + variable + "]";
  }
}
