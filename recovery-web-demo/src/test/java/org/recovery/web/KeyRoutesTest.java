package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * A partner's own key through the web: a changed passphrase keeps log-in and key in step, the
 * recovery code sets a new passphrase and is replaced, and deleting the private entries for good
 * needs the typed phrase and the passphrase.
 */
class KeyRoutesTest {
  private static final String WORDS = "MY-PRIVATE-WORDS-2b9f";
  private static final String NEW = "a brand new passphrase";

  @TempDir Path directory;

  private static String codeOf(Response created) {
    return created.json().path("recoveryCode").asText();
  }

  private Response create(Browser a) {
    a.session();
    return a.remembering(
        a.post(
            "/api/journeys",
            Map.of(
                "first", Map.of("name", "Ana", "passphrase", TestServer.PASSPHRASE_A),
                "second", Map.of("name", "Ben"),
                "zone", "Europe/Berlin")));
  }

  private void write(TestServer server, Browser a) {
    String day =
        LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/Berlin")).toString();
    assertThat(a.act("/journal", Browser.json("day", day, "text", WORDS)).status()).isEqualTo(200);
  }

  @Test
  void aChangedPassphraseLogsInAndOpensThePrivateEntries() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser a = server.browser();
      create(a);
      write(server, a);
      Response changed =
          a.post("/api/passphrase", Map.of("current", TestServer.PASSPHRASE_A, "next", NEW));
      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
      a.post("/api/logout", Map.of());
      assertThat(server.browser().login("Ana", TestServer.PASSPHRASE_A).status()).isEqualTo(401);
      Browser again = server.browser();
      assertThat(again.login("Ana", NEW).status()).isEqualTo(200);
      assertThat(again.view().body()).contains(WORDS);
    }
  }

  @Test
  void theRecoveryCodeSetsANewPassphraseOnceAndAWrongOneChangesNothing() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser a = server.browser();
      String code = codeOf(create(a));
      write(server, a);
      a.post("/api/logout", Map.of());

      Browser b = server.browser();
      b.session();
      Response wrong =
          b.post(
              "/api/recover",
              Map.of("name", "Ana", "code", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "passphrase", NEW));
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.json().path("message").asText()).contains("Nothing was changed");
      Response malformed =
          b.post("/api/recover", Map.of("name", "Ana", "code", "short", "passphrase", NEW));
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.json().path("field").asText()).isEqualTo("code");

      Response recovered =
          b.remembering(
              b.post("/api/recover", Map.of("name", "Ana", "code", code, "passphrase", NEW)));
      assertThat(recovered.status()).as(recovered.toString()).isEqualTo(200);
      assertThat(codeOf(recovered)).isNotBlank().isNotEqualTo(code);
      assertThat(b.view().body()).contains(WORDS);
      b.post("/api/logout", Map.of());

      Browser c = server.browser();
      c.session();
      assertThat(
              c.post("/api/recover", Map.of("name", "Ana", "code", code, "passphrase", NEW))
                  .status())
          .as("the old code stopped working")
          .isEqualTo(401);
      assertThat(c.login("Ana", NEW).status()).isEqualTo(200);
      assertThat(c.view().body()).contains(WORDS);
    }
  }

  @Test
  void deletingThePrivateEntriesForGoodNeedsThePhraseAndThePassphrase() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser a = server.browser();
      create(a);
      write(server, a);
      Response noPhrase =
          a.post(
              "/api/private-entries/forget",
              Map.of("passphrase", TestServer.PASSPHRASE_A, "confirmation", "yes"));
      assertThat(noPhrase.status()).isEqualTo(400);
      Response wrong =
          a.post(
              "/api/private-entries/forget",
              Map.of(
                  "passphrase", "not my passphrase", "confirmation", "delete my private entries"));
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(a.view().body()).contains(WORDS);

      Response forgotten =
          a.post(
              "/api/private-entries/forget",
              Map.of(
                  "passphrase",
                  TestServer.PASSPHRASE_A,
                  "confirmation",
                  "Delete my private entries"));
      assertThat(forgotten.status()).as(forgotten.toString()).isEqualTo(200);
      assertThat(forgotten.json().path("message").asText()).contains("partner is not told");
      assertThat(a.view().body()).doesNotContain(WORDS);
    }
  }
}
