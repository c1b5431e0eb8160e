package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * Zero-knowledge mode at the edges: joining while the partner who holds the journey's key is not
 * logged in is refused and changes nothing, and works once they are; the demo journey is seeded
 * with both made-up partners' keys, each given a recovery code.
 */
class ZeroKnowledgeJoinAndDemoTest {
  @TempDir Path directory;

  @Test
  void joiningWaitsUntilThePartnerWhoHoldsTheKeyIsLoggedIn() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser a = server.browser();
      a.session();
      Response created =
          a.remembering(
              a.post(
                  "/api/journeys",
                  Map.of(
                      "first", Map.of("name", "Ana", "passphrase", TestServer.PASSPHRASE_A),
                      "second", Map.of("name", "Ben"),
                      "zone", "Europe/Berlin")));
      String code = created.json().path("invitation").path("code").asText();
      assertThat(a.post("/api/logout", Map.of()).status()).isEqualTo(204);

      Response refused = server.browser().join(code, TestServer.PASSPHRASE_B);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
      assertThat(refused.json().path("message").asText())
          .contains("not logged in right now", "Nothing was changed");
      assertThat(server.browser().login("Ben", TestServer.PASSPHRASE_B).status()).isEqualTo(401);

      assertThat(server.browser().login("Ana", TestServer.PASSPHRASE_A).status()).isEqualTo(200);
      Response joined = server.browser().join(code, TestServer.PASSPHRASE_B);
      assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
      assertThat(joined.json().path("recoveryCode").asText()).isNotBlank();
    }
  }

  @Test
  void theDemoJourneyGivesBothMadeUpPartnersAKeyAndEachReadsTheJourney() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser hurt = server.browser();
      hurt.session();
      Response demo = hurt.remembering(hurt.post("/api/demo", Map.of()));
      assertThat(demo.status()).as(demo.toString()).isEqualTo(201);
      JsonNode logins = demo.json().path("logins");
      assertThat(logins).hasSize(2);
      assertThat(logins.get(0).path("recoveryCode").asText()).isNotBlank();
      assertThat(logins.get(1).path("recoveryCode").asText())
          .isNotBlank()
          .isNotEqualTo(logins.get(0).path("recoveryCode").asText());
      assertThat(hurt.view().status()).isEqualTo(200);

      Browser involved = server.browser();
      Response login =
          involved.login(
              logins.get(1).path("name").asText(), logins.get(1).path("passphrase").asText());
      assertThat(login.status()).as(login.toString()).isEqualTo(200);
      assertThat(login.json().has("recoveryCode")).isFalse();
      assertThat(involved.view().status()).isEqualTo(200);
    }
  }
}
