package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recovery.web.auth.LoginLimiter;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** Logging in: one answer for every failure, the same work behind it, and rate limits. */
class LoginSecurityTest {

  @Test
  void aWrongNameAndAWrongPassphraseGetTheSameAnswerAfterTheSameWork() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple couple = server.couple("login");
      Browser browser = server.browser();
      long start = server.passphrases().derivations();
      Response wrongPassphrase = browser.login(couple.nameA(), "not the passphrase at all");
      long afterFirst = server.passphrases().derivations();
      Response wrongName = browser.login("nobody-with-this-name", TestServer.PASSPHRASE_A);
      long afterSecond = server.passphrases().derivations();
      assertThat(wrongPassphrase.status()).isEqualTo(401);
      assertThat(wrongName.status()).isEqualTo(401);
      assertThat(wrongName.body()).isEqualTo(wrongPassphrase.body());
      assertThat(afterFirst - start).isEqualTo(1);
      assertThat(afterSecond - afterFirst).isEqualTo(1);
      assertThat(wrongName.cookies()).noneMatch(c -> c.startsWith("recovery_session="));
    }
  }

  @Test
  void namesAreComparedWithoutCaseOrSurroundingSpace() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple couple = server.couple("Spaced");
      Response r =
          server
              .browser()
              .login(
                  "  " + couple.nameA().toUpperCase(java.util.Locale.ROOT) + " ",
                  TestServer.PASSPHRASE_A);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().path("partner").path("name").asText()).isEqualTo(couple.nameA());
    }
  }

  @Test
  void tooManyFailuresForOneAccountBlockEvenTheRightPassphraseForAWhile() {
    try (TestServer server = TestServer.start(Passphrases.withIterations(1_000), null)) {
      TestServer.Couple couple = server.couple("limit");
      Browser attacker = server.browser();
      for (int i = 0; i < LoginLimiter.PER_ACCOUNT; i++) {
        assertThat(attacker.login(couple.nameA(), "guess number " + i).status()).isEqualTo(401);
      }
      Response blocked = server.browser().login(couple.nameA(), TestServer.PASSPHRASE_A);
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.code()).isEqualTo("RATE_LIMITED");
      assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
      assertThat(server.browser().login(couple.nameB(), TestServer.PASSPHRASE_B).status())
          .isEqualTo(200);
      server.clock().advance(LoginLimiter.WINDOW);
      assertThat(server.browser().login(couple.nameA(), TestServer.PASSPHRASE_A).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aNameWithNoAccountIsLimitedLikeARealOne() {
    try (TestServer server = TestServer.start()) {
      Browser attacker = server.browser();
      for (int i = 0; i < LoginLimiter.PER_ACCOUNT; i++) {
        attacker.login("ghost", "guess number " + i);
      }
      assertThat(attacker.login("ghost", "one more guess").status()).isEqualTo(429);
    }
  }

  @Test
  void tooManyFailuresFromOneAddressBlockEveryAccountFromThere() {
    LoginLimiter perAddress =
        new LoginLimiter(
            new org.recovery.core.testing.MutableClock(TestServer.START),
            100,
            4,
            Duration.ofMinutes(15));
    try (TestServer server = TestServer.start(Passphrases.withIterations(1_000), perAddress)) {
      TestServer.Couple couple = server.couple("addr");
      for (int i = 0; i < 4; i++) {
        assertThat(server.browser().login("someone-" + i, "guess number " + i).status())
            .isEqualTo(401);
      }
      Response blocked = server.browser().login(couple.nameB(), TestServer.PASSPHRASE_B);
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.code()).isEqualTo("RATE_LIMITED");
    }
  }

  @Test
  void signUpRefusesBadInputNamingTheField() {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser();
      b.session();
      Map<String, Object> good = json("name", "Robin", "passphrase", "a long passphrase");
      assertThat(signUp(b, json("first", good, "second", json("name", " robin "), "zone", "UTC")))
          .isEqualTo("second.name");
      assertThat(
              signUp(
                  b,
                  json(
                      "first",
                      good,
                      "second",
                      json("name", "Kim", "passphrase", "long enough passphrase"),
                      "zone",
                      "UTC")))
          .as("nobody types the other partner's passphrase")
          .isEqualTo("second.passphrase");
      assertThat(
              signUp(b, json("first", good, "second", json("name", "Kim"), "zone", "Mars/Olympus")))
          .isEqualTo("zone");
      assertThat(signUp(b, json("first", good, "zone", "UTC"))).isEqualTo("second");
      assertThat(
              signUp(
                  b,
                  json(
                      "first",
                      json("name", "", "passphrase", "a long passphrase"),
                      "second",
                      good,
                      "zone",
                      "UTC")))
          .isEqualTo("first.name");
      assertThat(
              signUp(
                  b,
                  json(
                      "first",
                      json("name", "x".repeat(61), "passphrase", "a long passphrase"),
                      "second",
                      good,
                      "zone",
                      "UTC")))
          .isEqualTo("first.name");
    }
  }

  @Test
  void signUpRefusesANameAlreadyInUse() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple couple = server.couple("taken");
      Browser b = server.browser();
      b.session();
      Response r =
          b.post(
              "/api/journeys",
              json(
                  "first",
                  json("name", "Someone new", "passphrase", "a long passphrase"),
                  "second",
                  json("name", couple.nameB()),
                  "zone",
                  "UTC"));
      assertThat(r.status()).isEqualTo(409);
      assertThat(r.code()).isEqualTo("NAME_TAKEN");
      assertThat(server.store().list()).hasSize(1);
    }
  }

  private static String signUp(Browser b, Map<String, Object> body) {
    Response r = b.post("/api/journeys", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    return r.json().path("field").asText();
  }
}
