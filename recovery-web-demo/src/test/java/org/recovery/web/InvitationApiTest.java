package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recovery.web.auth.InvitationCodes;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** The second partner joins with a one-time invitation and sets their own passphrase. */
class InvitationApiTest {
  private static final String OWN = "my very own passphrase";

  private static Response create(Browser a, String first, String second) {
    a.session();
    return a.remembering(
        a.post(
            "/api/journeys",
            json(
                "first",
                json("name", first, "passphrase", TestServer.PASSPHRASE_A),
                "second",
                json("name", second),
                "zone",
                "Europe/Berlin")));
  }

  private static String code(Response created) {
    return created.json().path("invitation").path("code").asText();
  }

  @Test
  void theFirstPartnerGetsAnInvitationAndTheSecondJoinsWithTheirOwnPassphrase() {
    try (TestServer server = TestServer.start()) {
      Browser alex = server.browser();
      Response created = create(alex, "Alex", "Sam");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      String code = code(created);
      assertThat(code).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
      assertThat(created.json().path("invitation").path("link").asText())
          .isEqualTo("/#join=" + code);
      assertThat(created.json().path("invitation").path("expires").asText())
          .isEqualTo(TestServer.START.plus(InvitationCodes.LIFETIME).toString());
      assertThat(server.browser().login("Sam", OWN).status())
          .as("no log-in for the second partner before they join")
          .isEqualTo(401);
      assertThat(
              alex.get("/api/journeys/" + alex.journey() + "/invitation")
                  .json()
                  .path("state")
                  .asText())
          .isEqualTo("PENDING");

      Browser sam = server.browser();
      Response joined = sam.join(code.toLowerCase().replace("-", " "), OWN);
      assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
      assertThat(joined.json().path("partner").path("name").asText()).isEqualTo("Sam");
      assertThat(joined.json().path("loginName").asText()).isEqualTo("Sam");
      assertThat(sam.view().status()).isEqualTo(200);

      assertThat(server.browser().login("Sam", OWN).status()).isEqualTo(200);
      assertThat(server.browser().login("Alex", TestServer.PASSPHRASE_A).status()).isEqualTo(200);
      assertThat(
              alex.get("/api/journeys/" + alex.journey() + "/invitation")
                  .json()
                  .path("state")
                  .asText())
          .isEqualTo("JOINED");
      Response again = alex.post("/api/journeys/" + alex.journey() + "/invitation", Map.of());
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.code()).isEqualTo("PARTNER_JOINED");
    }
  }

  @Test
  void aWrongExpiredOrUsedCodeIsRefusedCalmlyAndChangesNothing() {
    try (TestServer server = TestServer.start()) {
      Browser alex = server.browser();
      String code = code(create(alex, "Alex", "Sam"));
      Browser stranger = server.browser();

      Response wrong = stranger.join(InvitationCodes.newCode(), OWN);
      assertThat(wrong.status()).isEqualTo(404);
      assertThat(wrong.code()).isEqualTo("INVITATION_NOT_FOUND");
      assertThat(wrong.json().path("message").asText()).contains("Nothing was changed");
      assertThat(stranger.join("not a code at all", OWN).code()).isEqualTo("INVITATION_NOT_FOUND");
      Response shortPass = stranger.join(code, "short");
      assertThat(shortPass.status()).isEqualTo(400);
      assertThat(shortPass.json().path("field").asText()).isEqualTo("passphrase");
      assertThat(server.browser().login("Sam", "short").status()).isEqualTo(401);

      assertThat(server.browser().join(code, OWN).status()).isEqualTo(201);
      Response reused = stranger.join(code, "an attacker's passphrase");
      assertThat(reused.status()).isEqualTo(410);
      assertThat(reused.code()).isEqualTo("INVITATION_USED");
      assertThat(server.browser().login("Sam", "an attacker's passphrase").status()).isEqualTo(401);
      assertThat(server.browser().login("Sam", OWN).status()).isEqualTo(200);
    }
  }

  @Test
  void anInvitationExpiresAfterSevenDaysAndANewOneReplacesIt() {
    try (TestServer server = TestServer.start()) {
      Browser alex = server.browser();
      String first = code(create(alex, "Alex", "Sam"));
      server.clock().advance(InvitationCodes.LIFETIME);
      Response expired = server.browser().join(first, OWN);
      assertThat(expired.status()).isEqualTo(410);
      assertThat(expired.code()).isEqualTo("INVITATION_EXPIRED");
      assertThat(server.browser().login("Sam", OWN).status()).isEqualTo(401);

      Browser back = server.browser();
      assertThat(back.login("Alex", TestServer.PASSPHRASE_A).status()).isEqualTo(200);
      String path = "/api/journeys/" + back.journey() + "/invitation";
      assertThat(back.get(path).json().path("state").asText()).isEqualTo("EXPIRED");
      Response renewed = back.post(path, Map.of());
      assertThat(renewed.status()).isEqualTo(201);
      String second = renewed.json().path("code").asText();
      Response third = back.post(path, Map.of());
      assertThat(server.browser().join(second, OWN).code())
          .as("a new invitation replaces the old")
          .isEqualTo("INVITATION_NOT_FOUND");
      assertThat(server.browser().join(third.json().path("code").asText(), OWN).status())
          .isEqualTo(201);
    }
  }

  @Test
  void theCreatorCanWithdrawTheInvitation() {
    try (TestServer server = TestServer.start()) {
      Browser alex = server.browser();
      String code = code(create(alex, "Alex", "Sam"));
      String path = "/api/journeys/" + alex.journey() + "/invitation";
      assertThat(alex.post(path + "/revoke", Map.of()).status()).isEqualTo(200);
      assertThat(alex.get(path).json().path("state").asText()).isEqualTo("NONE");
      assertThat(server.browser().join(code, OWN).code()).isEqualTo("INVITATION_NOT_FOUND");
      assertThat(alex.post(path + "/revoke", Map.of()).code()).isEqualTo("NO_INVITATION");
      Browser other = server.browser();
      other.session();
      assertThat(other.post(path + "/revoke", Map.of()).status()).isEqualTo(401);
    }
  }

  @Test
  void theInvitedNameIsReservedUntilItIsUsed() {
    try (TestServer server = TestServer.start()) {
      create(server.browser(), "Alex", "Sam");
      Response clash = create(server.browser(), "Sam", "Kim");
      assertThat(clash.status()).isEqualTo(409);
      assertThat(clash.code()).isEqualTo("NAME_TAKEN");
      assertThat(server.store().list()).hasSize(1);
    }
  }

  @Test
  void guessingCodesIsRateLimitedLikeLoggingIn() {
    try (TestServer server = TestServer.start()) {
      String code = code(create(server.browser(), "Alex", "Sam"));
      Browser guesser = server.browser();
      Response last = null;
      for (int i = 0; i < 21; i++) {
        last = guesser.join(InvitationCodes.newCode(), OWN);
      }
      assertThat(last.status()).isEqualTo(429);
      assertThat(last.header("Retry-After")).isNotBlank();
      assertThat(guesser.join(code, OWN).status())
          .as("even the right code waits, so guessing gains nothing")
          .isEqualTo(429);
      server.clock().advance(Duration.ofMinutes(16));
      assertThat(guesser.join(code, OWN).status()).isEqualTo(201);
    }
  }
}
