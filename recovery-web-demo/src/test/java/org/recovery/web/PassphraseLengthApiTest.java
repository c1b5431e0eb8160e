package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.persistence.passphrase.PassphraseHash;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * One passphrase length policy on both paths: every passphrase a journey can be started with logs
 * in, and the first one too long is refused at sign-up (and cannot log in either).
 */
class PassphraseLengthApiTest {

  @ParameterizedTest(name = "{0} times \"{1}\"")
  @CsvSource({
    "1000, a",
    "1001, a",
    "1023, a",
    "1024, a",
    "1024, \uD83D\uDE42",
    "1024, é",
    "10, a",
    "10, \uD83D\uDE42"
  })
  void aPassphraseThatCanBeSetCanLogIn(int length, String unit) {
    String passphrase = unit.repeat(length);
    try (TestServer server = TestServer.start()) {
      Browser a = server.browser();
      a.session();
      Response created =
          a.post(
              "/api/journeys",
              Map.of(
                  "first", Map.of("name", "Ana", "passphrase", passphrase),
                  "second", Map.of("name", "Ben"),
                  "zone", "Europe/Berlin"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      Browser again = server.browser();
      assertThat(again.login("Ana", passphrase).status()).isEqualTo(200);
    }
  }

  @ParameterizedTest(name = "{0} times \"{1}\"")
  @CsvSource({"1025, a", "1025, \uD83D\uDE42", "9, a"})
  void aPassphraseOutsideThePolicyIsRefusedAtSignUp(int length, String unit) {
    String passphrase = unit.repeat(length);
    try (TestServer server = TestServer.start()) {
      Browser a = server.browser();
      a.session();
      Response created =
          a.post(
              "/api/journeys",
              Map.of(
                  "first", Map.of("name", "Ana", "passphrase", passphrase),
                  "second", Map.of("name", "Ben"),
                  "zone", "Europe/Berlin"));
      assertThat(created.status()).isEqualTo(400);
      assertThat(created.body()).contains("first.passphrase");
      assertThat(server.store().list()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"1025", "5000"})
  void aPassphraseLongerThanAnyThatCanBeSetFailsToLogInLikeAWrongOne(int length) {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple couple = server.couple("long");
      Response r = server.browser().login(couple.nameA(), "a".repeat(length));
      assertThat(r.status()).isEqualTo(401);
      assertThat(PassphraseHash.mayBeChecked("a".repeat(length).toCharArray())).isFalse();
      assertThat(PassphraseHash.mayBeChecked("a".repeat(PassphraseHash.MAX_LENGTH).toCharArray()))
          .isTrue();
    }
  }
}
