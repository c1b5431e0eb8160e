package org.recovery.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recovery.core.Journeys;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.PersonalCommand;
import org.recovery.core.report.ReportView;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.InMemoryEventStore;

/**
 * Real reports — three simulated months with a new deception, for both partners, then with a crisis
 * flagged and a safety hold — against the JSON Schema shipped beside {@link ReportJson}.
 */
class ReportSchemaTest {
  private static final Instant START = Instant.parse("2025-01-06T08:00:00Z");
  private static final JsonMapper JSON = new JsonMapper();
  private static Schema schema;
  private static Simulation.Result run;
  private static Journeys journeys;

  @BeforeAll
  static void simulate() throws IOException {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA)) {
      assertThat(in).as("the schema ships beside ReportJson").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    InMemoryEventStore store = new InMemoryEventStore();
    run = Simulation.run(store, Simulation.Options.of(7, 3, START).withDeceptionOnDay(50));
    journeys = Journeys.using(store, Clock.fixed(run.end(), ZoneId.of("UTC")));
  }

  @Test
  void bothPartnersReportsMatchTheSchema() throws IOException {
    for (PartnerId viewer : List.of(run.hurt().id(), run.involved().id())) {
      JsonNode report = report(viewer);
      assertThat(errors(report)).isEmpty();
      assertThat(report.path("format").asText()).isEqualTo("recovery-progress-report");
      assertThat(report.path("indicators").path("ratings").size()).isPositive();
      assertThat(report.path("instruments").size()).as("questionnaires were answered").isPositive();
    }
  }

  @Test
  void aCrisisAndAHoldStillMatchTheSchema() throws IOException {
    LocalDate today =
        LocalDate.ofInstant(run.end(), journeys.summary(run.journey()).orElseThrow().zone());
    require(
        journeys.execute(run.journey(), run.hurt().id(), new PersonalCommand.FlagCrisis(today)));
    require(
        journeys.execute(
            run.journey(),
            run.hurt().id(),
            new PersonalCommand.CompleteSafetyScreening(
                ScreeningAnswers.hark(false, true, false, false))));

    JsonNode own = report(run.hurt().id());
    JsonNode partners = report(run.involved().id());

    assertThat(errors(own)).isEmpty();
    assertThat(errors(partners)).isEmpty();
    assertThat(own.path("crisisPrompt").isTextual()).isTrue();
    assertThat(own.path("stage").path("heldForYourSafety").asBoolean()).isTrue();
    assertThat(partners.path("crisisPrompt").isNull()).isTrue();
    assertThat(partners.path("stage").path("hold").isTextual()).isTrue();
    assertThat(partners.path("stage").path("heldForYourSafety").asBoolean()).isFalse();
  }

  @Test
  void theSchemaRefusesAReportThatDriftedFromIt() throws IOException {
    ObjectNode renamed = (ObjectNode) report(run.hurt().id());
    renamed.set("phase", renamed.remove("stage"));
    ObjectNode wrongValue = (ObjectNode) report(run.hurt().id());
    ((ObjectNode) wrongValue.path("indicators").path("ratings").get(0)).put("kind", "TRUST");

    assertThat(errors(renamed)).extracting(Error::getProperty).contains("stage", "phase");
    assertThat(errors(wrongValue))
        .extracting(e -> e.getInstanceLocation().toString())
        .containsExactly("/indicators/ratings/0/kind");
  }

  private static JsonNode report(PartnerId viewer) throws IOException {
    ReportView view = ReportView.of(journeys, run.journey(), viewer).orElseThrow();
    return JSON.readTree(ReportJson.write(view));
  }

  private static List<Error> errors(JsonNode report) {
    return schema.validate(report);
  }

  private static void require(Decision decision) {
    assertThat(decision.rejection()).isEmpty();
  }
}
