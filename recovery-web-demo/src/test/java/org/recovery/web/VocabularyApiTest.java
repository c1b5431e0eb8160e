package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.core.words.Vocabulary;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * {@code GET /api/vocabulary}: the core's words for every enum, the model's stage names and the
 * core's privacy defaults, without a session, cacheable.
 */
class VocabularyApiTest {

  @Test
  void theWordsAreTheCoresAndNeedNoSession() {
    try (TestServer server = TestServer.start()) {
      Response answer = server.browser().get("/api/vocabulary");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
      assertThat(answer.headers().firstValue("Pragma")).isEmpty();
      JsonNode json = answer.json();
      assertThat(json.path("format").asText()).isEqualTo("recovery-vocabulary/1");
      JsonNode words = json.path("words");
      assertThat(words.size()).isEqualTo(Vocabulary.types().size());
      for (BetrayalKind kind : BetrayalKind.values()) {
        assertThat(words.path("BetrayalKind").path(kind.name()).asText())
            .isEqualTo(Vocabulary.words(kind));
      }
      assertThat(words.path("Visibility").path("PRIVATE").asText()).isEqualTo("only you");
      assertThat(words.path("Agenda.ActionKind").path("accept-commitment").asText())
          .as("agenda kinds are keyed as /api/agenda spells them")
          .isEqualTo("accept a commitment");
      assertThat(json.path("stages").path("rebuild-trust").asText()).isEqualTo("Rebuild trust");
    }
  }

  @Test
  void thePrivacyDefaultsAreTheCoresTable() {
    try (TestServer server = TestServer.start()) {
      JsonNode defaults = server.browser().get("/api/vocabulary").json().path("privacyDefaults");

      assertThat(defaults.size()).isEqualTo(PrivacyDefault.values().length);
      for (PrivacyDefault d : PrivacyDefault.values()) {
        assertThat(defaults.path(d.name()).path("visibility").asText())
            .isEqualTo(d.visibility().name());
        assertThat(defaults.path(d.name()).path("choosable").asBoolean()).isEqualTo(d.choosable());
      }
      assertThat(defaults.path("CHECK_IN_NOTE").path("words").asText()).isEqualTo("only you");
    }
  }

  @Test
  void anEntrySentWithoutAChoiceTakesTheCoresDefault() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("defaults");
      assertThat(
              c.a()
                  .act(
                      "/check-ins",
                      json(
                          "day",
                          "2025-03-10",
                          "emotionalSafety",
                          5,
                          "trust",
                          5,
                          "closeness",
                          5,
                          "hope",
                          5,
                          "note",
                          "Only if the core says so."))
                  .status())
          .isEqualTo(201);
      assertThat(
              c.a()
                  .act("/therapy-sessions", json("kind", "INDIVIDUAL", "day", "2025-03-10"))
                  .status())
          .isEqualTo(200);

      JsonNode seenByB = c.b().view().json();
      JsonNode checkIns = seenByB.path("checkIns");
      assertThat(checkIns.size())
          .isEqualTo(PrivacyDefault.CHECK_IN.visibility() == Visibility.SHARED ? 1 : 0);
      assertThat(seenByB.toString().contains("Only if the core says so."))
          .isEqualTo(PrivacyDefault.CHECK_IN_NOTE.visibility() == Visibility.SHARED);
      assertThat(seenByB.path("therapySessions").size())
          .isEqualTo(PrivacyDefault.INDIVIDUAL_THERAPY.visibility() == Visibility.SHARED ? 1 : 0);
      assertThat(c.a().view().json().path("therapySessions").get(0).path("visibility").asText())
          .isEqualTo(PrivacyDefault.INDIVIDUAL_THERAPY.visibility().name());
    }
  }
}
