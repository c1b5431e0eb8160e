package org.recovery.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that keys login names in the accounts file, in zero-knowledge mode (where there is no
 * master key to derive it from): 32 random bytes in a file of their own, made at the first start,
 * readable by its owner only. It hides names from a casual reader of the accounts file; it opens
 * nothing of any journey.
 */
final class NameSecret {
  private static final int BYTES = 32;

  private NameSecret() {}

  /**
   * The secret in {@code file}, made now if the file does not exist.
   *
   * @throws IllegalStateException naming the file, if it cannot be read or made, or holds no secret
   */
  static byte[] at(Path file) {
    try {
      if (!Files.exists(file)) {
        make(file);
      }
      byte[] secret =
          Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
      if (secret.length < BYTES) {
        throw new IllegalStateException(
            "the file " + file + " should hold a secret of " + BYTES + " bytes; it holds less");
      }
      return secret;
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot read or make the login-name secret in " + file + ": " + e.getMessage(), e);
    }
  }

  private static void make(Path file) throws IOException {
    byte[] secret = new byte[BYTES];
    new SecureRandom().nextBytes(secret);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return;
    }
    Files.writeString(
        file,
        Base64.getEncoder().encodeToString(secret) + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
  }
}
