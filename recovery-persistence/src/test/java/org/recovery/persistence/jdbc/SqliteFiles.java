package org.recovery.persistence.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Raw access to a SQLite store's files, as someone who stole them would have. */
final class SqliteFiles {
  private SqliteFiles() {}

  /** The bytes of the file and of its WAL and shared-memory files, where they exist. */
  static List<byte[]> allBytes(Path database) throws IOException {
    List<byte[]> all = new ArrayList<>();
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      Path file = database.resolveSibling(database.getFileName() + suffix);
      if (Files.exists(file)) {
        all.add(Files.readAllBytes(file));
      }
    }
    return all;
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static Connection connect(Path database) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
  }
}
