package org.recovery.web.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.web.http.Json;

/**
 * Accounts and invitations kept in a JSON file readable by its owner only, rewritten whole (to a
 * temporary file, then moved over the old one) on every change. Holds name keys, passphrase hashes
 * and invitation code hashes, never a name, a passphrase or a code. The file is an object {@code
 * {"accounts": [...], "invitations": [...]}}; a file of an older release, a bare array of accounts,
 * still loads.
 */
public final class FileAccounts extends InMemoryAccounts {
  private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {};
  private static final TypeReference<List<InvitationRow>> INVITATIONS = new TypeReference<>() {};

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
        JsonNode tree = Json.mapper().readTree(file.toFile());
        JsonNode rows = tree.isArray() ? tree : tree.path("accounts");
        List<Row> accountRows = Json.mapper().convertValue(rows, ROWS);
        List<InvitationRow> invitationRows =
            tree.has("invitations")
                ? Json.mapper().convertValue(tree.get("invitations"), INVITATIONS)
                : List.of();
        accounts.load(
            accountRows.stream().map(Row::account).toList(),
            invitationRows.stream().map(InvitationRow::invitation).toList());
      } catch (IOException | IllegalArgumentException e) {
        throw new UncheckedIOException(
            "cannot read the accounts file " + file,
            e instanceof IOException io ? io : new IOException(e.getMessage(), e));
      }
    }
    return accounts;
  }

  @Override
  protected void saved(List<Account> all, List<Invitation> invitations) {
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put(
        "accounts",
        all.stream().sorted(Comparator.comparing(Account::nameKey)).map(Row::of).toList());
    rows.put(
        "invitations",
        invitations.stream()
            .sorted(Comparator.comparing(Invitation::codeHash))
            .map(InvitationRow::of)
            .toList());
    try {
      Path dir = file.getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
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
      return new Row(
          a.nameKey(), a.journey().toString(), a.partner().toString(), a.passphraseHash());
    }

    Account account() {
      return new Account(
          nameKey, JourneyId.parse(journey), PartnerId.parse(partner), passphraseHash);
    }
  }

  /** One invitation as stored. */
  record InvitationRow(
      String codeHash,
      String journey,
      String partner,
      String nameKey,
      String invitedBy,
      String expires,
      String used) {
    static InvitationRow of(Invitation i) {
      return new InvitationRow(
          i.codeHash(),
          i.journey().toString(),
          i.partner().toString(),
          i.nameKey(),
          i.invitedBy().toString(),
          i.expires().toString(),
          i.used().map(Instant::toString).orElse(null));
    }

    Invitation invitation() {
      return new Invitation(
          codeHash,
          JourneyId.parse(journey),
          PartnerId.parse(partner),
          nameKey,
          PartnerId.parse(invitedBy),
          Instant.parse(expires),
          Optional.ofNullable(used).map(Instant::parse));
    }
  }
}
