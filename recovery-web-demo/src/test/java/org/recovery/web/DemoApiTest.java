package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
      Response login = daniel.login(logins.get(1).path("name").asText(),
          logins.get(1).path("passphrase").asText());
      assertThat(login.status()).isEqualTo(200);
      assertThat(login.json().path("journey").asText())
          .isEqualTo(demo.json().path("journey").asText());
      assertThat(daniel.report().json().path("indicators").path("commitments").size())
          .isPositive();
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
}
