package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** The demo journey: a simulated couple with two log-ins, opened from the welcome page. */
class DemoApiTest {

  @Test
  void theDemoSeedsASimulatedJourneyEndingNowWithTwoWorkingLogIns() {
    try (TestServer server = TestServer.start()) {
      Browser maya = server.browser();
      maya.session();
      Response demo = maya.post("/api/demo", Map.of());
      assertThat(demo.status()).as(demo.toString()).isEqualTo(201);
      JsonNode logins = demo.json().path("logins");
      assertThat(logins.size()).isEqualTo(2);
      assertThat(demo.json().path("partner").path("name").asText())
          .isEqualTo(logins.get(0).path("name").asText());
      Response view = maya.get("/api/journeys/" + demo.json().path("journey").asText());
      assertThat(view.status()).isEqualTo(200);
      assertThat(view.json().path("checkIns").size()).isPositive();
      assertThat(view.json().path("commitments").size()).isPositive();

      Browser daniel = server.browser();
      Response login =
          daniel.login(
              logins.get(1).path("name").asText(), logins.get(1).path("passphrase").asText());
      assertThat(login.status()).isEqualTo(200);
      assertThat(login.json().path("journey").asText())
          .isEqualTo(demo.json().path("journey").asText());
      assertThat(daniel.report().json().path("indicators").path("commitments").size()).isPositive();
    }
  }

  @Test
  void theDemoHasBothPartnersSharedMonthlyCsi4ForTheChart() {
    try (TestServer server = TestServer.start()) {
      Browser maya = server.browser();
      maya.session();
      Response demo = maya.post("/api/demo", Map.of());
      maya.login(
          demo.json().path("logins").get(0).path("name").asText(),
          demo.json().path("logins").get(0).path("passphrase").asText());
      JsonNode report = maya.report().json();
      ZoneId zone = ZoneId.of(maya.view().json().path("zone").asText());
      List<String> partners = new ArrayList<>();
      for (JsonNode f : report.path("instruments")) {
        assertThat(f.path("instrument").asText()).isEqualTo("csi-4");
        partners.add(f.path("partner").asText());
        JsonNode history = f.path("history");
        assertThat(history.size()).isBetween(3, 4);
        List<LocalDate> days = new ArrayList<>();
        for (JsonNode c : history) {
          assertThat(c.path("visibility").asText()).isEqualTo("shared");
          days.add(Instant.parse(c.path("at").asText()).atZone(zone).toLocalDate());
        }
        assertThat(days).isSorted();
        assertThat(days.get(1)).as("every 28 days").isEqualTo(days.get(0).plusDays(28));
      }
      assertThat(partners).hasSize(2).doesNotHaveDuplicates();
    }
  }

  @Test
  void theDemoNeedsTheLogInCsrfToken() {
    try (TestServer server = TestServer.start()) {
      Response r = server.browser().post("/api/demo", Map.of());
      assertThat(r.code()).isEqualTo("CSRF_TOKEN_INVALID");
      assertThat(server.store().list()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"this is not json", "{\"months\":12}", "[]", "\"demo\"", "{"})
  void theDemoRefusesABodyItDoesNotTakeAndMakesNothing(String body) {
    try (TestServer server = TestServer.start()) {
      Browser maya = server.browser();
      maya.session();
      Response r = maya.raw("POST", "/api/demo", body, "application/json", Map.of());
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(server.store().list()).isEmpty();
      assertThat(maya.post("/api/demo", Map.of()).status())
          .as("the session still works")
          .isEqualTo(201);
    }
  }

  @Test
  void theDemoTakesAnEmptyBody() {
    try (TestServer server = TestServer.start()) {
      Browser maya = server.browser();
      maya.session();
      Response r = maya.raw("POST", "/api/demo", "", "application/json", Map.of());
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
  }
}
