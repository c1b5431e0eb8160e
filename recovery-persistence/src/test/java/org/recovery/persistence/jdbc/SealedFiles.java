package org.recovery.persistence.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.persistence.crypto.EventSeal;
import org.recovery.persistence.crypto.MasterKey;

/**
 * What someone holding a database, its key vault and the master key can read without any partner
 * key: the raw bytes of every file, and every stored envelope decrypted with the journey's data
 * key. Tests grep both for what a partner wrote.
 */
public final class SealedFiles {
  private SealedFiles() {}

  /** Every stored envelope of {@code journey}, decrypted with its data key, as text. */
  public static List<String> decryptedEnvelopes(
      Path database, Path vault, MasterKey master, JourneyId journey) throws SQLException {
    List<String> out = new ArrayList<>();
    try (SqliteDatabase events = SqliteDatabase.open(database);
        SqliteDatabase keys = SqliteDatabase.open(vault)) {
      SecretKey dataKey = new KeyVault(keys, master, Clock.systemUTC()).find(journey).orElseThrow();
      EventRows rows = new EventRows(events.dialect());
      for (EventRows.Row row : events.reading(c -> rows.after(c, journey, 0))) {
        out.add(
            new String(
                EventSeal.open(dataKey, journey, row.version(), row.sealed()),
                StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Every byte of every file in {@code directory}, as ISO-8859-1 text to search. */
  public static String rawBytes(Path directory) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return all.toString();
  }
}
