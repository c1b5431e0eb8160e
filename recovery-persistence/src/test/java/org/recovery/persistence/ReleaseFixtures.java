package org.recovery.persistence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.simulation.Simulation;

/**
 * Writes a SQLite database, its key vault and its master key as a release leaves them, for {@link
 * ReleaseFixtureTest}: two simulated journeys (Maya and Daniel, two months; Sam and Alex, one month
 * with a new deception), under a fixed test master key. The files are named so that nothing
 * mistakes them for live data: {@code <name>.sqlite}, {@code <name>.vault} and {@code
 * <name>.master-key.txt}. It refuses to overwrite a fixture.
 *
 * <p>Arguments: the folder and the name, e.g. {@code
 * recovery-persistence/src/test/resources/fixtures release-0.1.0}. See the README in that folder
 * for how the committed files were made.
 */
public final class ReleaseFixtures {
  /** The test master key: the bytes 0, 1, …, 31. Never a real key. */
  static final byte[] TEST_MASTER_KEY = new byte[32];

  static {
    for (int i = 0; i < TEST_MASTER_KEY.length; i++) {
      TEST_MASTER_KEY[i] = (byte) i;
    }
  }

  private ReleaseFixtures() {}

  /** The key provider of the fixture's master key, read from its text file. */
  static KeyProvider keyFrom(Path file) throws IOException {
    byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
    return () -> new SecretKeySpec(key, "AES");
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Path.of(args[0]);
    String name = args[1];
    Path database = folder.resolve(name + ".sqlite");
    Path vault = folder.resolve(name + ".vault");
    Path keyFile = folder.resolve(name + ".master-key.txt");
    for (Path file : new Path[] {database, vault, keyFile}) {
      if (Files.exists(file)) {
        throw new IllegalStateException(file + " exists; a fixture is never overwritten");
      }
    }
    Files.createDirectories(folder);
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(TEST_MASTER_KEY) + "\n");
    try (CloseableEventStore store = Stores.sqlite(database, vault, keyFrom(keyFile))) {
      Simulation.Result first =
          Simulation.run(
              store,
              Simulation.Options.of(20260105L, 2, Instant.parse("2026-01-05T08:00:00Z"))
                  .withZone(ZoneId.of("Europe/Berlin")));
      Simulation.Result second =
          Simulation.run(
              store,
              Simulation.Options.of(20260202L, 1, Instant.parse("2026-02-02T08:00:00Z"))
                  .withNames("Sam", "Alex")
                  .withDeceptionOnDay(12));
      for (Simulation.Result r : new Simulation.Result[] {first, second}) {
        out.println(
            r.journey()
                + " "
                + r.hurt().name()
                + " & "
                + r.involved().name()
                + ": "
                + store.read(r.journey()).size()
                + " events");
      }
    }
  }
}
