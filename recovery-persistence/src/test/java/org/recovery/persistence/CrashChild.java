package org.recovery.persistence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.spi.CommandId;

/**
 * The writer that {@link CrashSafetyTest} kills: appends one to three events at a time to one
 * journey, forever, and prints {@code ack <version>} once each append has returned. Each event says
 * which append it belongs to and its place in it ({@code append 7 part 2/3}), so a half-stored
 * append would show.
 *
 * <p>Arguments: {@code sqlite <database> <key file> <journey>} or {@code postgres <jdbc url> <key
 * file> <journey>}.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    KeyProvider keys = FileKeyProvider.at(Path.of(args[2]));
    JourneyId journey = JourneyId.parse(args[3]);
    CloseableEventStore store =
        "sqlite".equals(args[0])
            ? Stores.sqlite(Path.of(args[1]), keys)
            : Stores.postgres(args[1], keys);
    long version = store.read(journey).size();
    out.println("ready " + version);
    Random random = new Random();
    PartnerId writer = PartnerId.random();
    for (long append = version + 1; ; append++) {
      int size = 1 + random.nextInt(3);
      List<JourneyEvent> events = new ArrayList<>(size);
      for (int part = 1; part <= size; part++) {
        events.add(
            new JournalEntryWritten(
                LocalDate.of(2026, 3, 2), part(append, part, size), writer, Instant.now()));
      }
      version = store.append(journey, version, events, CommandId.random());
      out.println("ack " + version);
    }
  }

  /** The text of one event of an append. */
  static String part(long append, int part, int size) {
    return "append " + append + " part " + part + "/" + size;
  }
}
