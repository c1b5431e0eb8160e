package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.BetrayalCommand;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.JourneySummary;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.report.HtmlReport;
import org.recovery.core.report.MarkdownReport;
import org.recovery.core.report.ReportView;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.Stores;
import org.recovery.persistence.report.ReportJson;

/**
 * What an embedding application does, with only the BOM and the guide: start a journey on SQLite,
 * get a decision, render a report in all three formats, and find the partners again after a
 * restart.
 */
class EmbeddingTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @Test
  void aJourneyADecisionThreeReportsAndPartnersAfterARestart(@TempDir Path dir) throws Exception {
    Clock clock = Clock.systemUTC();
    JourneyId journey;
    // [guide:sqlite]
    Path database = dir.resolve("recovery.db");
    FileKeyProvider key = FileKeyProvider.at(dir.resolve("master.key"));
    try (SealingEventStore store = Stores.sqlite(database, key)) {
      Journeys journeys = Journeys.using(store, clock);
      // ... start journeys, run commands, read reports
      // [/guide]
      Partner sam = Partner.named("Sam");
      Partner alex = Partner.named("Alex");
      journey = journeys.start(sam, alex, ZONE, Settings.DEFAULTS);

      Decision decision =
          journeys.execute(
              journey,
              sam.id(),
              new BetrayalCommand.RecordBetrayal(
                  BetrayalId.random(),
                  BetrayalKind.EMOTIONAL_AFFAIR,
                  sam.id(),
                  alex.id(),
                  Discovery.DISCOVERED,
                  LocalDate.now(clock.withZone(ZONE))));
      assertTrue(decision.isAccepted(), () -> decision.rejection().toString());
      Decision refused =
          journeys.execute(
              journey,
              alex.id(),
              new BetrayalCommand.RecordBetrayal(
                  BetrayalId.random(),
                  BetrayalKind.EMOTIONAL_AFFAIR,
                  alex.id(),
                  alex.id(),
                  Discovery.DISCOVERED,
                  LocalDate.now(clock.withZone(ZONE))));
      assertFalse(refused.isAccepted());

      ReportView view = ReportView.of(journeys, journey, sam.id()).orElseThrow();
      String markdown = MarkdownReport.render(view);
      String html = HtmlReport.render(view);
      String json = ReportJson.write(view);
      assertTrue(markdown.contains("Sam"), markdown);
      assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html);
      assertTrue(json.contains("\"format\""), json);
      Files.writeString(dir.resolve("report.md"), markdown);
    }

    // [guide:restart]
    try (SealingEventStore store = Stores.sqlite(database, key)) {
      Journeys journeys = Journeys.using(store, clock);
      JourneySummary summary = journeys.summary(journey).orElseThrow();
      Partner sam = summary.partnerNamed("Sam").orElseThrow();
      System.out.println(
          summary.first().name()
              + " and "
              + summary.second().name()
              + ", following "
              + summary.model().map(Object::toString).orElse("the app's model"));
      // [/guide]
      assertEquals("Sam", sam.name());
      assertEquals("Alex", summary.second().name());
      assertEquals(journeys.model().ref(), summary.model().orElseThrow());
      assertEquals(2, summary.version());
    }
  }
}
