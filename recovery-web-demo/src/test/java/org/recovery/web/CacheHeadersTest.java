package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recovery.web.http.Assets;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** Hashed scripts and styles are cached for a year; the page and every API answer never are. */
class CacheHeadersTest {
  private static final Pattern HASHED =
      Pattern.compile("(?:src|href)=\"(/assets/[A-Za-z0-9_-]+\\.[0-9a-f]{10}\\.(?:js|css))\"");

  @Test
  void thePageNamesItsFilesByContentHashAndTheyAreImmutable() {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser();
      for (String path : List.of("/", "/index.html")) {
        Response page = b.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body())
            .doesNotContain("src=\"/app.js\"")
            .doesNotContain("href=\"/app.css\"");
      }
      List<String> files = hashedFiles(b.get("/").body());
      assertThat(files).anyMatch(f -> f.endsWith(".css")).anyMatch(f -> f.endsWith(".js"));
      for (String file : files) {
        Response r = b.get(file);
        assertThat(r.status()).as(file).isEqualTo(200);
        assertThat(r.header("Cache-Control")).as(file).isEqualTo(Assets.IMMUTABLE);
        assertThat(r.headers().firstValue("Pragma")).as(file).isEmpty();
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Type"))
            .startsWith(file.endsWith(".css") ? "text/css" : "text/javascript");
      }
    }
  }

  @Test
  void anUnknownHashIsNotFoundAndUnhashedFilesAreNotKept() {
    try (TestServer server = TestServer.start()) {
      Browser b = server.browser();
      Response unknown = b.get("/assets/app.0000000000.js");
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");
      Response plain = b.get("/app.js");
      assertThat(plain.status()).isEqualTo(200);
      assertThat(plain.header("Cache-Control")).isEqualTo("no-store");
    }
  }

  @Test
  void everyApiAnswerStaysUncached() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("cache");
      List<Response> answers =
          List.of(
              c.a().session(),
              c.a().view(),
              c.a().report(),
              c.a().get("/api/agenda"),
              c.a().get("/api/questionnaires"),
              c.a().get("/api/openapi.json"),
              c.a().get("/api/journeys/" + c.journey() + "/export"),
              c.a().get("/api/journeys/" + c.journey() + "/invitation"),
              c.a()
                  .post(
                      "/api/passphrase",
                      Browser.json("current", "wrong passphrase", "next", "another passphrase")),
              server.browser().get("/api/nothing-here"));
      for (Response r : answers) {
        assertThat(r.header("Cache-Control")).as(r.toString()).isEqualTo("no-store");
      }
    }
  }

  @Test
  void aScriptsOwnImportsAreRenamedToo() {
    Assets assets = Assets.load("/test-assets");
    String main = assets.hashedName("main.js").orElseThrow();
    String lib = assets.hashedName("lib.js").orElseThrow();
    String text =
        new String(assets.file(main).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
    String loop = assets.hashedName("loop.js").orElseThrow();
    assertThat(text)
        .contains("from './" + lib + "'")
        .contains("import('./" + lib + "')")
        .contains("from \"./" + loop + "\"");
    assertThat(new String(assets.file(loop).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("from '/main.js'");
    assertThat(new String(assets.page(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("src=\"/assets/" + main + "\"");
  }

  private static List<String> hashedFiles(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = HASHED.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
