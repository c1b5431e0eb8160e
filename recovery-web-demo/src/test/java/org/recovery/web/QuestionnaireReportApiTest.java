package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;
import org.recovery.web.support.WordedCsi4;

/**
 * The questionnaire parts of the report: the viewer's schedule ({@code questionnaires}) and each
 * result's {@code history}. Dates are ISO text; an absent optional value is {@code null}, as
 * everywhere in the API. Today is 2025-03-10 in Berlin; the standard model asks for the CSI-4 every
 * 28 days where its wording is supplied (the shipped definition has none).
 */
class QuestionnaireReportApiTest {
  private static final Map<String, Object> CSI_OF_4 = json("1", 1, "2", 1, "3", 1, "4", 1);
  private static final Map<String, Object> CSI_OF_17 = json("1", 5, "2", 4, "3", 4, "4", 4);

  @Test
  void nothingIsScheduledOrOfferedThatNobodyCanRead() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("unworded");
      assertThat(c.a().report().json().path("questionnaires").size())
          .as("the shipped CSI-4 has no wording")
          .isZero();
      JsonNode shipped = c.a().get("/api/questionnaires").json();
      assertThat(shipped.size()).isPositive();
      for (JsonNode i : shipped) {
        assertThat(i.path("answerable").asBoolean()).as(i.path("id").asText()).isFalse();
      }
    }
    try (TestServer server = TestServer.start(WordedCsi4.catalogue())) {
      TestServer.Couple c = server.couple("worded");
      JsonNode csi4 =
          c.a().get("/api/questionnaires").json().findParents("id").stream()
              .filter(n -> n.path("id").asText().equals("csi-4"))
              .findFirst()
              .orElseThrow();
      assertThat(csi4.path("answerable").asBoolean()).isTrue();
      assertThat(only(c.a().report().json().path("questionnaires")).path("instrument").asText())
          .isEqualTo("csi-4");
    }
  }

  @Test
  void theScheduleSaysTheCsi4IsDueUntilTheViewerHasTakenIt() {
    try (TestServer server = TestServer.start(WordedCsi4.catalogue())) {
      TestServer.Couple c = server.couple("due");
      JsonNode before = only(c.a().report().json().path("questionnaires"));
      assertThat(before.path("instrument").asText()).isEqualTo("csi-4");
      assertThat(before.path("name").asText()).contains("CSI-4");
      assertThat(before.path("everyDays").asInt()).isEqualTo(28);
      assertThat(before.has("lastCompleted")).isTrue();
      assertThat(before.path("lastCompleted").isNull()).isTrue();
      assertThat(before.path("nextDue").asText()).isEqualTo("2025-03-10");
      assertThat(before.path("due").asBoolean()).isTrue();

      ok(c.a().act("/questionnaires", complete("csi-4", CSI_OF_4, "PRIVATE")));
      JsonNode after = only(c.a().report().json().path("questionnaires"));
      assertThat(after.path("lastCompleted").asText()).isEqualTo("2025-03-10");
      assertThat(after.path("nextDue").asText()).isEqualTo("2025-04-07");
      assertThat(after.path("due").asBoolean()).isFalse();
      assertThat(only(c.b().report().json().path("questionnaires")).path("due").asBoolean())
          .as("only the viewer's own completions count")
          .isTrue();

      server.clock().advance(Duration.ofDays(28));
      c.a().login(c.nameA(), TestServer.PASSPHRASE_A);
      assertThat(only(c.a().report().json().path("questionnaires")).path("due").asBoolean())
          .isTrue();
    }
  }

  @Test
  void eachResultCarriesItsHistoryWithInstantsScoresAndVisibility() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("hist");
      ok(c.a().act("/questionnaires", complete("csi-4", CSI_OF_4, "SHARED")));
      server.clock().advance(Duration.ofDays(28));
      c.a().login(c.nameA(), TestServer.PASSPHRASE_A);
      ok(c.a().act("/questionnaires", complete("csi-4", CSI_OF_17, "PRIVATE")));

      JsonNode figures = only(c.a().report().json().path("instruments"));
      assertThat(figures.path("partner").asText()).isEqualTo(c.idA());
      JsonNode history = figures.path("history");
      assertThat(history.size()).isEqualTo(2);
      assertThat(history.get(0).path("at").asText()).isEqualTo("2025-03-10T09:00:00Z");
      assertThat(history.get(0).path("total").asDouble()).isEqualTo(4.0);
      assertThat(history.get(0).path("flaggedBy").get(0).asText()).isEqualTo("dissatisfied");
      assertThat(history.get(0).path("visibility").asText()).isEqualTo("shared");
      assertThat(history.get(1).path("at").asText()).isEqualTo("2025-04-07T09:00:00Z");
      assertThat(history.get(1).path("total").asDouble()).isEqualTo(17.0);
      assertThat(history.get(1).path("flaggedBy").size()).isZero();
      assertThat(history.get(1).path("visibility").asText()).isEqualTo("private");
      assertThat(figures.path("baseline").path("at").asText()).isEqualTo("2025-03-10T09:00:00Z");
      assertThat(figures.path("latest").path("at").asText()).isEqualTo("2025-04-07T09:00:00Z");
      JsonNode change = figures.path("change");
      assertThat(change.path("change").asDouble()).isEqualTo(13.0);
      assertThat(change.path("direction").asText()).isEqualTo("improved");
      assertThat(change.path("verdict").asText()).isEqualTo("no-published-index");
    }
  }

  @Test
  void aQuestionnaireWithoutATotalHasSubscalesANullTotalAndANullChange() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("trim");
      Map<String, Object> answers = new java.util.LinkedHashMap<>();
      for (String sub : new String[] {"avoidance-", "revenge-", "benevolence-"}) {
        for (int i = 1; i <= 7; i++) {
          answers.put(sub + i, 3);
        }
      }
      answers.keySet().removeIf(k -> k.matches("revenge-[67]|benevolence-7"));
      ok(c.a().act("/questionnaires", complete("trim-18", answers, "SHARED")));
      JsonNode figures = only(c.b().report().json().path("instruments"));
      JsonNode score = figures.path("history").get(0);
      assertThat(score.has("total")).isTrue();
      assertThat(score.path("total").isNull()).isTrue();
      assertThat(
              score.path("subscales").findParents("value").stream()
                  .map(n -> n.path("id").asText())
                  .toList())
          .containsExactly("avoidance", "revenge", "benevolence");
      assertThat(score.path("subscales").get(0).path("value").asDouble()).isEqualTo(21.0);
      assertThat(figures.path("change").isNull()).isTrue();
    }
  }

  static Map<String, Object> complete(
      String instrument, Map<String, Object> answers, String visibility) {
    return json("instrument", instrument, "answers", answers, "visibility", visibility);
  }

  private static JsonNode only(JsonNode list) {
    assertThat(list.size()).as(list.toString()).isEqualTo(1);
    return list.get(0);
  }

  private static void ok(Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }
}
