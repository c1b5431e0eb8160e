package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.testing.TestKeys;

/** Storage failures are told in words, without Java class names. */
class InWordsTest {
  @TempDir Path directory;

  @Test
  void aTextFileOpenedAsADatabaseIsNotARecoveryDatabase() throws Exception {
    Path notes = directory.resolve("notes.txt");
    Files.writeString(
        notes, "a shopping list, and more lines than a header would need\n".repeat(50));
    assertThatThrownBy(() -> Stores.sqlite(notes, TestKeys.random()))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "cannot open the database "
                + notes
                + ": it is not a Recovery database (not a SQLite database file)");
  }

  @Test
  void aMissingFolderIsNamedAsNoSuchFile() {
    assertThat(InWords.describe(new NoSuchFileException("/nowhere/x.db")))
        .isEqualTo("no such file: /nowhere/x.db");
    assertThat(
            InWords.describe(
                new IllegalStateException(
                    "wrapped", new java.nio.file.AccessDeniedException("/root/x"))))
        .isEqualTo("permission denied: /root/x");
  }

  @Test
  void aKeyFileInAFolderThatIsAFileSaysSoInWords() throws Exception {
    Path file = directory.resolve("plain");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> FileKeyProvider.at(file.resolve("master.key")).masterKey())
        .isInstanceOf(StorageException.class)
        .satisfies(
            e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java."));
  }
}
