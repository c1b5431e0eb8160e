package org.recovery.cli;

import java.nio.file.Path;
import java.util.List;
import org.recovery.persistence.Stores;

/**
 * The files of one database: the SQLite file, the key vault the store keeps beside it, the master
 * key file that wraps the vault's keys, and the credentials file with the partners' passphrase
 * hashes. All four sit in the same directory; see docs/cli.md for what each holds.
 *
 * @param database the SQLite file, e.g. {@code recovery.db}
 * @param keyVault the store's wrapped journey keys, {@code recovery.db.keys}
 * @param masterKey the master key, {@code recovery.db.master-key}, owner-only
 * @param credentials the passphrase hashes, {@code recovery.db.credentials}, owner-only
 */
record DataFiles(Path database, Path keyVault, Path masterKey, Path credentials) {
  /** The database's name in the data directory. */
  static final String DEFAULT_NAME = "recovery.db";

  /** The demo's database in the data directory. */
  static final String DEMO_NAME = "demo.db";

  /** The files of the database {@code database}. */
  static DataFiles of(Path database) {
    Path db = database.toAbsolutePath().normalize();
    String name = db.getFileName().toString();
    return new DataFiles(
        db,
        db.resolveSibling(name + Stores.KEY_VAULT_SUFFIX),
        db.resolveSibling(name + ".master-key"),
        db.resolveSibling(name + ".credentials"));
  }

  /**
   * The data directory: {@code $XDG_DATA_HOME/recovery} when that variable holds an absolute path,
   * else {@code ~/.local/share/recovery}.
   */
  static Path directory(CliContext context) {
    return context
        .variable("XDG_DATA_HOME")
        .map(Path::of)
        .filter(Path::isAbsolute)
        .orElse(context.home().resolve(".local").resolve("share"))
        .resolve("recovery");
  }

  /** The four files, in the order a backup copies them. */
  List<Path> all() {
    return List.of(database, keyVault, masterKey, credentials);
  }
}
