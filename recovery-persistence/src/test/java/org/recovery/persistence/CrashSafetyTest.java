package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.testing.TestPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a writing child JVM with SIGKILL at random moments, then checks that the store opens, holds
 * every append the child saw acknowledged, and shows no append half-stored. The number of kills per
 * store is the system property {@code recovery.crash.trials} (20 by default; {@code mvn verify
 * -Drecovery.crash.trials=200} for the long run).
 */
class CrashSafetyTest {
  private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
  private static final Pattern ACK = Pattern.compile("ack (\\d+)");
  private static final Pattern PART = Pattern.compile("append (\\d+) part (\\d+)/(\\d+)");

  @TempDir Path directory;

  @Test
  void aSqliteStoreKilledMidAppendKeepsEveryAcknowledgedAppendWhole() throws Exception {
    Path database = directory.resolve("crash.db");
    crashRepeatedly(List.of("sqlite", database.toString()), () -> Stores.sqlite(database, keys()));
  }

  @Test
  void aPostgresStoreKilledMidAppendKeepsEveryAcknowledgedAppendWhole() throws Exception {
    String url = TestPostgres.newDatabaseUrl();
    crashRepeatedly(List.of("postgres", url), () -> Stores.postgres(url, keys()));
  }

  private FileKeyProvider keys() {
    return FileKeyProvider.at(directory.resolve("master.key"));
  }

  private void crashRepeatedly(List<String> target, StoreOpener opener) throws Exception {
    int trials = Integer.getInteger("recovery.crash.trials", 20);
    keys().masterKey();
    Random random = new Random();
    long acknowledged = 0;
    long started = System.nanoTime();
    for (int trial = 0; trial < trials; trial++) {
      // One store across all trials, a journey per trial: each check reads one kill's work.
      JourneyId journey = JourneyId.random();
      List<String> arguments = new ArrayList<>(target);
      arguments.add(directory.resolve("master.key").toString());
      arguments.add(journey.toString());
      long last = killOnce(arguments, random);
      acknowledged += last;
      try (CloseableEventStore store = opener.open()) {
        List<RecordedEvent> events = store.read(journey);
        assertThat((long) events.size())
            .as("trial %d: acknowledged events kept", trial)
            .isGreaterThanOrEqualTo(last);
        assertWholeAppends(events);
      }
    }
    LOG.info(
        "{} crash trials on {} in {} ms; {} events acknowledged before the kills",
        trials,
        target.get(0),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
        acknowledged);
  }

  /** Runs the child, kills it at a random moment, and returns the last version it acknowledged. */
  private static long killOnce(List<String> arguments, Random random) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Dlogback.configurationFile=none",
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName()));
    command.addAll(arguments);
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  seen.add(line);
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                // The child died; what was read counts.
              }
            });
    reader.start();
    if (random.nextInt(5) > 0) {
      // Most kills land among appends: after a random number of acknowledgements, plus a little.
      String first = lines.poll(60, TimeUnit.SECONDS);
      assertThat(first).as("the child starts").isNotNull().startsWith("ready");
      int acknowledgements = random.nextInt(40);
      for (int i = 0; i < acknowledgements; i++) {
        assertThat(lines.poll(60, TimeUnit.SECONDS)).as("the child appends").isNotNull();
      }
      Thread.sleep(random.nextInt(15));
    } else {
      // The others land while the child starts, opens or migrates the store.
      Thread.sleep(random.nextInt(600));
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    long last = 0;
    for (String line : List.copyOf(seen)) {
      Matcher ack = ACK.matcher(line);
      if (ack.matches()) {
        last = Math.max(last, Long.parseLong(ack.group(1)));
      }
    }
    return last;
  }

  /** Versions run 1..n and every append is there with all its parts. */
  private static void assertWholeAppends(List<RecordedEvent> events) {
    for (int v = 0; v < events.size(); v++) {
      assertThat(events.get(v).version()).as("versions are contiguous").isEqualTo(v + 1L);
    }
    int i = 0;
    while (i < events.size()) {
      Matcher first = PART.matcher(((JournalEntryWritten) events.get(i).event()).text());
      assertThat(first.matches()).isTrue();
      int size = Integer.parseInt(first.group(3));
      assertThat(first.group(2))
          .as("an append starts with its first part at version %d", events.get(i).version())
          .isEqualTo("1");
      for (int part = 1; part <= size; part++) {
        assertThat(i + part - 1)
            .as("append at version %d is whole", events.get(i).version())
            .isLessThan(events.size());
        assertThat(((JournalEntryWritten) events.get(i + part - 1).event()).text())
            .isEqualTo(CrashChild.part(Long.parseLong(first.group(1)), part, size));
      }
      i += size;
    }
  }

  @FunctionalInterface
  private interface StoreOpener {
    CloseableEventStore open();
  }
}
