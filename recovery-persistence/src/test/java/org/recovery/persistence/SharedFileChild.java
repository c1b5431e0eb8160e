package org.recovery.persistence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.CommandId;
import org.recovery.persistence.testing.Events;

/**
 * The second process of {@link SharedSqliteFileTest}: opens the SQLite store, appends {@code count}
 * events one at a time to its journey, reading the journey back after each append, and prints
 * {@code done <version>}. Each append opens and closes the store, as a CLI command does, when the
 * fifth argument is {@code reopen}.
 *
 * <p>Arguments: {@code <database> <key file> <journey> <count> keep|reopen}.
 */
public final class SharedFileChild {
  private SharedFileChild() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path database = Path.of(args[0]);
    KeyProvider keys = FileKeyProvider.at(Path.of(args[1]));
    JourneyId journey = JourneyId.parse(args[2]);
    int count = Integer.parseInt(args[3]);
    boolean reopen = "reopen".equals(args[4]);
    CloseableEventStore store = Stores.sqlite(database, keys);
    long version = store.read(journey).size();
    for (int i = 0; i < count; i++) {
      if (reopen) {
        store.close();
        store = Stores.sqlite(database, keys);
      }
      version =
          store.append(journey, version, List.of(Events.journal("child " + i)), CommandId.random());
      if (store.read(journey).size() != version) {
        throw new IllegalStateException("read back fewer events than appended");
      }
      store.list();
    }
    store.close();
    out.println("done " + version);
  }
}
