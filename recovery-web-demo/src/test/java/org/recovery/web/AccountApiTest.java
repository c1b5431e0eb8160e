package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import org.junit.jupiter.api.Test;
import org.recovery.web.api.AccountRoutes;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** A partner's own account: a new passphrase, an export of their view, deleting the journey. */
class AccountApiTest {
  private static final String TODAY = "2025-03-10";
  private static final String NEXT = "a brand new passphrase";

  @Test
  void aNewPassphraseNeedsTheCurrentOneAndEndsThePartnersOtherSessions() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("pass");
      Browser laptop = server.browser();
      assertThat(laptop.login(c.nameA(), TestServer.PASSPHRASE_A).status()).isEqualTo(200);

      Response wrong =
          c.a().post("/api/passphrase", json("current", "not my passphrase", "next", NEXT));
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(wrong.code()).isEqualTo("WRONG_PASSPHRASE");
      Response tooShort =
          c.a().post("/api/passphrase", json("current", TestServer.PASSPHRASE_A, "next", "short"));
      assertThat(tooShort.json().path("field").asText()).isEqualTo("next");
      assertThat(laptop.view().status()).as("refusals end nothing").isEqualTo(200);
      assertThat(server.browser().login(c.nameA(), TestServer.PASSPHRASE_A).status())
          .isEqualTo(200);

      Response changed =
          c.a().post("/api/passphrase", json("current", TestServer.PASSPHRASE_A, "next", NEXT));
      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
      assertThat(changed.json().path("otherSessionsEnded").asInt())
          .as("the creating browser, the laptop and the check above")
          .isEqualTo(3);
      assertThat(c.a().view().status()).as("this session stays").isEqualTo(200);
      assertThat(laptop.view().status()).isEqualTo(401);
      assertThat(c.b().view().status()).as("the other partner is not logged out").isEqualTo(200);
      assertThat(server.browser().login(c.nameA(), TestServer.PASSPHRASE_A).status())
          .isEqualTo(401);
      assertThat(server.browser().login(c.nameA(), NEXT).status()).isEqualTo(200);
    }
  }

  @Test
  void theExportHoldsTheViewersOwnPrivateEntriesAndNeverTheOthers() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("export");
      ok(c.a().act("/journal", json("day", TODAY, "text", "what only A wrote")));
      ok(c.b().act("/journal", json("day", TODAY, "text", "what only B wrote")));
      ok(
          c.b()
              .act(
                  "/check-ins",
                  json(
                      "day",
                      TODAY,
                      "emotionalSafety",
                      5,
                      "trust",
                      4,
                      "closeness",
                      3,
                      "hope",
                      6,
                      "visibility",
                      "SHARED",
                      "note",
                      "B's shared note",
                      "noteVisibility",
                      "SHARED")));

      Response export = c.a().get("/api/journeys/" + c.journey() + "/export");
      assertThat(export.status()).isEqualTo(200);
      assertThat(export.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"recovery-journey-" + TODAY + ".json\"");
      assertThat(export.header("Cache-Control")).isEqualTo("no-store");
      assertThat(export.json().path("format").asText()).isEqualTo(AccountRoutes.EXPORT_FORMAT);
      assertThat(export.body())
          .contains("what only A wrote")
          .contains("B's shared note")
          .doesNotContain("what only B wrote");

      Browser stranger = server.couple("other").a();
      assertThat(stranger.get("/api/journeys/" + c.journey() + "/export").status()).isEqualTo(404);
    }
  }

  @Test
  void deletingNeedsThePhraseThenEndsBothLoginsAndTellsTheOtherPartner() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("del");
      String path = "/api/journeys/" + c.journey() + "/delete";
      Response unconfirmed = c.a().post(path, json("confirmation", "delete"));
      assertThat(unconfirmed.status()).isEqualTo(400);
      assertThat(unconfirmed.json().path("message").asText()).contains("Nothing was deleted");
      assertThat(server.store().list()).hasSize(1);
      c.b().forgetCsrf();
      assertThat(c.b().post(path, json("confirmation", AccountRoutes.DELETE_PHRASE)).status())
          .as("the CSRF token is needed")
          .isEqualTo(403);
      assertThat(server.store().list()).hasSize(1);

      Response deleted = c.a().post(path, json("confirmation", " Delete  our JOURNEY "));
      assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
      assertThat(server.store().list()).isEmpty();
      assertThat(server.events(c.journey())).isZero();

      Response told = c.b().view();
      assertThat(told.status()).isEqualTo(410);
      assertThat(told.code()).isEqualTo("JOURNEY_DELETED");
      assertThat(told.json().path("message").asText())
          .startsWith("Your partner deleted your shared journey.");
      assertThat(c.b().session().json().path("journeyDeleted").asText())
          .startsWith("Your partner deleted");
      assertThat(c.a().view().status()).isEqualTo(401);

      Response loginA = server.browser().login(c.nameA(), TestServer.PASSPHRASE_A);
      assertThat(loginA.status()).isEqualTo(410);
      assertThat(loginA.code()).isEqualTo("JOURNEY_DELETED");
      assertThat(server.browser().login(c.nameB(), TestServer.PASSPHRASE_B).code())
          .isEqualTo("JOURNEY_DELETED");
      assertThat(server.browser().login(c.nameB(), "a wrong passphrase here").status())
          .as("only the right passphrase learns of the deletion")
          .isEqualTo(401);
    }
  }

  @Test
  void onlyThePartnerWhoseScreeningHoldsTheJourneyIsToldWhy() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("hold");
      assertThat(c.a().session().json().has("hold")).isFalse();
      ok(
          c.a()
              .act(
                  "/safety-screening",
                  json("humiliated", false, "afraid", true, "forced", false, "hurt", false)));

      Response mine = c.a().session();
      assertThat(mine.json().path("hold").path("heldForYourSafety").asBoolean()).isTrue();
      assertThat(mine.json().path("hold").path("why").asText())
          .contains("your own safety screening");
      Response theirs = c.b().session();
      assertThat(theirs.json().path("hold").path("sentence").asText())
          .isEqualTo(org.recovery.core.safety.Hold.SENTENCE);
      assertThat(theirs.json().path("hold").path("heldForYourSafety").asBoolean()).isFalse();
      assertThat(theirs.json().path("hold").has("why")).isFalse();
      assertThat(theirs.body()).doesNotContain("screening").doesNotContain("safety");
    }
  }

  private static void ok(Response r) {
    assertThat(r.status()).as(r.toString()).isIn(200, 201);
  }
}
