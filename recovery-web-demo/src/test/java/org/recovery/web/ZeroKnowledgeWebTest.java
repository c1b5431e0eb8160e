package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.core.testing.Reachable;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.ZeroKnowledge;
import org.recovery.web.auth.Sessions;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * The web demo in zero-knowledge mode: each partner's key is unlocked at log-in, its recovery code
 * shown once; when no partner of a journey is logged in, nothing of it stays in the server's memory
 * that the JVM lets a test find; logging in again reads everything back.
 */
class ZeroKnowledgeWebTest {
  private static final String PRIVATE_A = "ANA-PRIVATE-WORDS-71c3";
  private static final String PRIVATE_B = "BEN-SHARED-WORDS-5d0e";

  @TempDir Path directory;

  private String today(TestServer server) {
    return LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/Berlin")).toString();
  }

  /** Starts a journey: A creates it, B joins; both answers carry a recovery code. */
  private Map<String, Object> start(TestServer server, Browser a, Browser b) {
    a.session();
    Response created =
        a.remembering(
            a.post(
                "/api/journeys",
                Map.of(
                    "first", Map.of("name", "Ana", "passphrase", TestServer.PASSPHRASE_A),
                    "second", Map.of("name", "Ben"),
                    "zone", "Europe/Berlin")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Response joined =
        b.join(created.json().path("invitation").path("code").asText(), TestServer.PASSPHRASE_B);
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    return Map.of(
        "journey", created.json().path("journey").asText(),
        "codeA", created.json().path("recoveryCode").asText(),
        "codeB", joined.json().path("recoveryCode").asText(),
        "idB", joined.json().path("partner").path("id").asText());
  }

  @Test
  void eachPartnersRecoveryCodeIsShownOnceWhenTheirKeyIsMade() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Map<String, Object> started = start(server, server.browser(), server.browser());
      assertThat((String) started.get("codeA")).matches("([A-Z2-7]{4}-){5}[A-Z2-7]{4}");
      assertThat((String) started.get("codeB"))
          .matches("([A-Z2-7]{4}-){5}[A-Z2-7]{4}")
          .isNotEqualTo(started.get("codeA"));
      Response again = server.browser().login("Ana", TestServer.PASSPHRASE_A);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().has("recoveryCode")).isFalse();
    }
  }

  @Test
  void withNoPartnerLoggedInNothingOfTheJourneyIsInMemoryAndLoggingInReadsItBack() {
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser a = server.browser();
      Browser b = server.browser();
      start(server, a, b);
      assertThat(a.act("/journal", Browser.json("day", today(server), "text", PRIVATE_A)).status())
          .isEqualTo(200);
      assertThat(b.act("/journal", Browser.json("day", today(server), "text", PRIVATE_B)).status())
          .isEqualTo(200);
      assertThat(a.view().body()).contains(PRIVATE_A);
      assertThat(a.report().status()).isEqualTo(200);
      assertThat(b.report().status()).isEqualTo(200);

      Reachable before =
          Reachable.from(List.of("org.recovery.", "io.javalin."), server.server(), server.store());
      assertThat(before.named("Held")).isNotEmpty();

      assertThat(a.post("/api/logout", Map.of()).status()).isEqualTo(204);
      server.clock().advance(Sessions.IDLE.plus(Duration.ofMinutes(1)));
      assertThat(server.server().endExpiredSessions()).isEqualTo(1);

      Reachable after =
          Reachable.from(List.of("org.recovery.", "io.javalin."), server.server(), server.store());
      assertThat(after.unreadable).isEmpty();
      assertThat(after.named("Held")).as("no unlocked key object").isEmpty();
      assertThat(after.objects)
          .noneMatch(o -> o instanceof SecretKey)
          .noneMatch(o -> o instanceof String s && (s.contains(PRIVATE_A) || s.contains(PRIVATE_B)))
          .noneMatch(o -> o instanceof char[] c && new String(c).contains(PRIVATE_A));

      Browser again = server.browser();
      assertThat(again.login("Ana", TestServer.PASSPHRASE_A).status()).isEqualTo(200);
      assertThat(again.view().body()).contains(PRIVATE_A);
    }
  }

  @Test
  void privateEntriesWrittenThroughTheWebAreSealedFromTheOtherPartner() throws Exception {
    Map<String, Object> started;
    try (TestServer server = TestServer.zeroKnowledge(directory)) {
      Browser a = server.browser();
      Browser b = server.browser();
      started = start(server, a, b);
      assertThat(a.act("/journal", Browser.json("day", today(server), "text", PRIVATE_A)).status())
          .isEqualTo(200);
    }
    JourneyId journey = JourneyId.parse((String) started.get("journey"));
    PartnerId ben = PartnerId.parse((String) started.get("idB"));
    try (SealingEventStore files =
        ZeroKnowledge.sqlite(
            directory.resolve("web.db"), directory.resolve("web.db.keys"), 1_000)) {
      files.unlock(journey, ben, TestServer.PASSPHRASE_B.toCharArray());
      List<RecordedEvent> bens = files.read(journey);
      assertThat(bens).hasSizeGreaterThan(1);
      assertThat(bens.toString()).doesNotContain(PRIVATE_A).contains("Ana");
    }
    try (var paths = Files.list(directory)) {
      for (Path file : paths.toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(PRIVATE_A);
      }
    }
  }
}
