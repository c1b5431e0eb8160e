package org.recovery.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recovery.core.Journeys;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.spi.RecordedEvent;

/**
 * Runs the code of docs/simulation.md. Each java block of the guide must appear in this file (white
 * space aside), so the guide cannot drift from code that compiles and passes.
 */
class SimulationGuideTest {

  @Test
  void runningASimulationAndReadingItsReport() {
    EventStore store = new InMemoryEventStore();
    Simulation.Result result =
        Simulation.run(store, Simulation.Options.of(42, 2, Instant.parse("2025-03-03T18:30:00Z")));

    Journeys journeys = Journeys.using(store, Clock.fixed(result.end(), ZoneOffset.UTC));
    ProgressReport maya = journeys.report(result.journey(), result.hurt().id()).orElseThrow();
    System.out.println(maya.stage().name() + " since " + maya.stage().since());

    assertThat(maya.stage().name()).isEqualTo("Rebuild trust");
    assertThat(result.refused()).isZero();
  }

  @Test
  void aSimulationThatEndsNowAndOneWithEveryOption() {
    Instant now = Instant.parse("2026-06-01T09:00:00Z"); // in an app: clock.instant()
    int months = 2;
    Instant start = now.minus(Duration.ofDays(Math.round(months * 30.4375)));
    Simulation.Result recent =
        Simulation.run(new InMemoryEventStore(), Simulation.Options.of(7, months, start));

    assertThat(LocalDate.ofInstant(recent.end(), ZoneId.of("Europe/London")))
        .isEqualTo(LocalDate.of(2026, 5, 31));

    EventStore store = new InMemoryEventStore();
    Simulation.Options options =
        Simulation.Options.of(7, 3, start)
            .withZone(ZoneId.of("America/Toronto"))
            .withNames("Sam", "Alex")
            .withDeceptionOnDay(75);
    Simulation.run(
        store,
        options,
        (day, total) -> {
          if ((day + 1) % 30 == 0 || day + 1 == total) {
            System.out.println((day + 1) + " of " + total + " days");
          }
        });

    assertThat(store.list()).hasSize(1);
    assertThat(store.read(store.list().get(0)).stream().map(RecordedEvent::event))
        .anyMatch(e -> e instanceof StageMovedBack);
  }

  @Test
  void everyCodeBlockOfTheGuideIsInThisTest() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "simulation.md"), StandardCharsets.UTF_8);
    String test =
        Files.readString(
            Path.of(
                "src",
                "test",
                "java",
                "org",
                "recovery",
                "core",
                "simulation",
                "SimulationGuideTest.java"),
            StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(3);
    for (String block : blocks) {
      assertThat(squash(test)).as("guide block:%n%s", block).contains(squash(block));
    }
  }

  private static String squash(String code) {
    return code.replaceAll("\\s+", "");
  }
}
