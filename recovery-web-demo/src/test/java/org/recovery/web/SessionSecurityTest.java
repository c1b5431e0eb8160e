package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.persistence.Stores;
import org.recovery.web.api.CommandRoute;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.auth.Guard;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** Sessions, cookies and CSRF: who may do what, and what a browser is told. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionSecurityTest {
  private static final Map<String, Object> CHECK_IN =
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
          "visibility",
          "SHARED");
  private TestServer server;
  private TestServer.Couple couple;

  @BeforeAll
  void start() {
    server = TestServer.start();
    couple = server.couple("sess");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void everyJourneyEndpointNeedsALogIn() {
    Browser stranger = server.browser();
    stranger.session();
    String base = "/api/journeys/" + couple.journey();
    assertThat(stranger.get(base).status()).isEqualTo(401);
    assertThat(stranger.get(base + "/report").code()).isEqualTo("NOT_LOGGED_IN");
    for (CommandRoute<?> route : JourneyRoutes.commands()) {
      String path =
          base + route.path().replaceAll("\\{\\w+}", "00000000-0000-4000-8000-000000000000");
      Response r = stranger.post(path, Map.of());
      assertThat(r.status()).as(path + " " + r).isEqualTo(401);
      assertThat(r.code()).isEqualTo("NOT_LOGGED_IN");
    }
    assertThat(stranger.post("/api/logout", Map.of()).status()).isEqualTo(401);
  }

  @Test
  void aCommandWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
    int before = server.events(couple.journey());
    Response r =
        couple
            .a()
            .raw(
                "POST",
                "/api/journeys/" + couple.journey() + "/check-ins",
                "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,"
                    + "\"visibility\":\"SHARED\"}",
                "application/json",
                Map.of("X-CSRF-Token", ""));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.code()).isEqualTo("CSRF_TOKEN_INVALID");
    Response other =
        couple
            .a()
            .raw(
                "POST",
                "/api/journeys/" + couple.journey() + "/check-ins",
                "{}",
                "application/json",
                Map.of("X-CSRF-Token", couple.b().csrf()));
    assertThat(other.status()).isEqualTo(403);
    assertThat(server.events(couple.journey())).isEqualTo(before);
  }

  @Test
  void aRequestFromAnotherSiteIsRefusedEvenWithTheToken() {
    String path = "/api/journeys/" + couple.journey() + "/day-counters";
    Response origin =
        couple
            .a()
            .raw(
                "POST",
                path,
                "{\"shown\":true}",
                "application/json",
                Map.of("Origin", "http://evil.example"));
    Response fetchSite =
        couple
            .a()
            .raw(
                "POST",
                path,
                "{\"shown\":true}",
                "application/json",
                Map.of("Sec-Fetch-Site", "cross-site"));
    assertThat(origin.code()).isEqualTo("CSRF_TOKEN_INVALID");
    assertThat(fetchSite.code()).isEqualTo("CSRF_TOKEN_INVALID");
    Response sameOrigin =
        couple
            .a()
            .raw(
                "POST",
                path,
                "{\"shown\":false}",
                "application/json",
                Map.of("Origin", server.base()));
    assertThat(sameOrigin.status()).as(sameOrigin.toString()).isIn(200, 409);
  }

  @Test
  void logInAndSignUpNeedTheTokenFromTheirOwnCookie() {
    Browser fresh = server.browser();
    Response noToken =
        fresh.post(
            "/api/login", json("name", couple.nameA(), "passphrase", TestServer.PASSPHRASE_A));
    assertThat(noToken.code()).isEqualTo("CSRF_TOKEN_INVALID");
    Browser other = server.browser();
    String token = other.session().json().path("csrfToken").asText();
    Response foreignToken =
        fresh.raw("POST", "/api/login", "{}", "application/json", Map.of("X-CSRF-Token", token));
    assertThat(foreignToken.code()).isEqualTo("CSRF_TOKEN_INVALID");
    Response signUp = fresh.post("/api/journeys", Map.of());
    assertThat(signUp.code()).isEqualTo("CSRF_TOKEN_INVALID");
  }

  @Test
  void logOutNeedsTheTokenAndEndsTheSessionOnTheServer() {
    Browser a = server.browser();
    a.login(couple.nameA(), TestServer.PASSPHRASE_A);
    Browser thief = server.browser();
    thief.plantCookie(Guard.SESSION_COOKIE, a.cookie(Guard.SESSION_COOKIE));
    assertThat(thief.get("/api/journeys/" + a.journey()).status()).isEqualTo(200);
    assertThat(
            a.raw("POST", "/api/logout", "{}", "application/json", Map.of("X-CSRF-Token", "wrong"))
                .status())
        .isEqualTo(403);
    assertThat(a.view().status()).isEqualTo(200);
    Response out = a.post("/api/logout", Map.of());
    assertThat(out.status()).isEqualTo(204);
    assertThat(out.cookies())
        .anySatisfy(c -> assertThat(c).startsWith("recovery_session=;").contains("Max-Age=0"));
    assertThat(thief.get("/api/journeys/" + a.journey()).status()).isEqualTo(401);
    assertThat(a.view().status()).isEqualTo(401);
  }

  @Test
  void aSessionIdChosenBeforeLogInIsNeverAccepted() {
    Browser victim = server.browser();
    victim.plantCookie(Guard.SESSION_COOKIE, "attacker-chosen-session-id-0123456789abcdefghij");
    assertThat(victim.session().json().path("authenticated").asBoolean()).isFalse();
    Response login = victim.login(couple.nameB(), TestServer.PASSPHRASE_B);
    assertThat(login.status()).isEqualTo(200);
    String issued =
        login.cookies().stream()
            .filter(c -> c.startsWith("recovery_session="))
            .map(c -> c.substring("recovery_session=".length(), c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    assertThat(issued)
        .isNotEqualTo("attacker-chosen-session-id-0123456789abcdefghij")
        .matches("[A-Za-z0-9_-]{43}");
    Browser attacker = server.browser();
    attacker.plantCookie(Guard.SESSION_COOKIE, "attacker-chosen-session-id-0123456789abcdefghij");
    assertThat(attacker.get("/api/journeys/" + victim.journey()).status()).isEqualTo(401);
    Browser holder = server.browser();
    holder.plantCookie(Guard.SESSION_COOKIE, issued);
    assertThat(holder.get("/api/journeys/" + victim.journey()).status()).isEqualTo(200);
  }

  @Test
  void everyLogInIssuesANewSessionIdAndEndsTheOldOne() {
    Browser b = server.browser();
    b.login(couple.nameB(), TestServer.PASSPHRASE_B);
    String first = b.cookie(Guard.SESSION_COOKIE);
    b.login(couple.nameB(), TestServer.PASSPHRASE_B);
    String second = b.cookie(Guard.SESSION_COOKIE);
    assertThat(second).isNotEqualTo(first);
    Browser old = server.browser();
    old.plantCookie(Guard.SESSION_COOKIE, first);
    assertThat(old.get("/api/journeys/" + b.journey()).status()).isEqualTo(401);
    assertThat(b.view().status()).isEqualTo(200);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrictButNotSecureOverPlainHttp() {
    Browser b = server.browser();
    Response login = b.login(couple.nameB(), TestServer.PASSPHRASE_B);
    assertThat(login.cookies())
        .filteredOn(c -> c.startsWith("recovery_session="))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .contains("HttpOnly")
                    .contains("SameSite=Strict")
                    .contains("Path=/")
                    .doesNotContain("Secure"));
    assertThat(login.header("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void cookiesAreSecureBehindATlsProxy() {
    try (var store = Stores.inMemory();
        WebServer secure =
            WebServer.builder(store)
                .port(0)
                .alwaysSecure(true)
                .passphrases(Passphrases.withIterations(1_000))
                .start()) {
      Browser b = new Browser("http://127.0.0.1:" + secure.port());
      Response session = b.session();
      assertThat(session.cookies())
          .singleElement()
          .satisfies(
              c ->
                  assertThat(c)
                      .contains("Secure")
                      .contains("HttpOnly")
                      .contains("SameSite=Strict"));
      assertThat(session.header("Strict-Transport-Security")).startsWith("max-age=");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/app.js",
        "/app.css",
        "/api/session",
        "/api/nothing-here",
        "/api/journeys/00000000-0000-4000-8000-000000000000"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) {
    Response r = server.browser().get(path);
    assertThat(r.header("Content-Security-Policy"))
        .contains("default-src 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void thePageHasNoInlineScript() {
    String page = server.browser().get("/").body();
    assertThat(page)
        .containsPattern("<script src=\"/assets/app\\.[0-9a-f]{10}\\.js\" defer>" + "</script>")
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
        .doesNotContainPattern("\\son[a-z]+=\"");
  }
}
