package org.recovery.web.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.web.http.Json;

/**
 * Accounts kept in a JSON file readable by its owner only, rewritten whole (to a temporary file,
 * then moved over the old one) on every change. Holds name keys and passphrase hashes, never a
 * name or a passphrase.
 */
public final class FileAccounts extends InMemoryAccounts {
  private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {};

  private final Path file;

  private FileAccounts(Path file) {
    this.file = file;
  }

  /**
   * The accounts in {@code file}, created empty if it does not exist.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static FileAccounts at(Path file) {
    FileAccounts accounts = new FileAccounts(Objects.requireNonNull(file, "file").toAbsolutePath());
    if (Files.exists(file)) {
      try {
        List<Row> rows = Json.mapper().readValue(file.toFile(), ROWS);
        accounts.load(rows.stream().map(Row::account).toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the accounts file " + file, e);
      }
    }
    return accounts;
  }

  @Override
  protected void saved(List<Account> all) {
    List<Row> rows = all.stream().sorted(Comparator.comparing(Account::nameKey))
        .map(Row::of).toList();
    try {
      Path dir = file.getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------")));
      }
      Files.write(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the accounts file " + file, e);
    }
  }

  /** One account as stored. */
  record Row(String nameKey, String journey, String partner, String passphraseHash) {
    static Row of(Account a) {
      return new Row(a.nameKey(), a.journey().toString(), a.partner().toString(),
          a.passphraseHash());
    }

    Account account() {
      return new Account(nameKey, JourneyId.parse(journey), PartnerId.parse(partner),
          passphraseHash);
    }
  }
}
