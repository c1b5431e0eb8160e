package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.spi.StorageException;

class KeyProvidersTest {
  @TempDir Path directory;

  @Test
  void aKeyFileIsCreatedOnFirstUseReadableByItsOwnerOnly() throws Exception {
    Path file = directory.resolve("keys/master.key");

    byte[] first = FileKeyProvider.at(file).masterKey().getEncoded();

    assertThat(first).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(FileKeyProvider.at(file).masterKey().getEncoded()).isEqualTo(first);
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void aKeyFileOthersMayReadIsRefused() throws Exception {
    Path file = directory.resolve("master.key");
    FileKeyProvider.at(file).masterKey();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> FileKeyProvider.at(file).masterKey())
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("may be read by others", "chmod 600");
  }

  @Test
  void aKeyFileWithoutAKeyIsAClearErrorThatDoesNotQuoteIt() throws Exception {
    Path file = directory.resolve("master.key");
    Files.writeString(file, "hunter2-hunter2", StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    assertThatThrownBy(() -> FileKeyProvider.at(file).masterKey())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("32-byte key")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void theEnvironmentVariableHoldsTheBase64OfTheKey() {
    byte[] material = new byte[32];
    material[0] = 42;
    String value = Base64.getEncoder().encodeToString(material);

    assertThat(
            EnvironmentKeyProvider.fromVariable(
                    "RECOVERY_MASTER_KEY", Map.of("RECOVERY_MASTER_KEY", value)::get)
                .masterKey()
                .getEncoded())
        .isEqualTo(material);
  }

  @Test
  void aMissingOrBadEnvironmentVariableIsNamedButNeverQuoted() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(
            () -> EnvironmentKeyProvider.fromVariable("MY_KEY", name -> null).masterKey())
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("MY_KEY", "not set");
    assertThatThrownBy(
            () ->
                EnvironmentKeyProvider.fromVariable("MY_KEY", name -> "secret!not*base64")
                    .masterKey())
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("MY_KEY", "not base64")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(
            () -> EnvironmentKeyProvider.fromVariable("MY_KEY", name -> shortKey).masterKey())
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("MY_KEY", "16 bytes")
        .hasMessageNotContaining(shortKey);
  }

  @Test
  void theDefaultVariableIsRecoveryMasterKey() {
    assertThat(EnvironmentKeyProvider.fromDefaultVariable().toString())
        .contains(EnvironmentKeyProvider.DEFAULT_VARIABLE)
        .contains("RECOVERY_MASTER_KEY");
  }
}
