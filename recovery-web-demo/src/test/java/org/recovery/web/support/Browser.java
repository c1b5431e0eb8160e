package org.recovery.web.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recovery.web.http.Json;

/**
 * One partner's browser for API tests: a {@link HttpClient} with its own cookie jar, which
 * remembers the CSRF token the server last gave it and sends it on every POST.
 */
public final class Browser {
  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String csrf = "";
  private String journey = "";

  /** A browser for the server at {@code base} (e.g. {@code http://127.0.0.1:1234}). */
  public Browser(String base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A JSON object from alternating keys and values. */
  public static Map<String, Object> json(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** The journey of the last log-in. */
  public String journey() {
    return journey;
  }

  /** The CSRF token this browser sends. */
  public String csrf() {
    return csrf;
  }

  /** Forgets the CSRF token (the next POST goes without one). */
  public void forgetCsrf() {
    csrf = "";
  }

  /** GET /api/session, remembering its token. */
  public Response session() {
    Response r = get("/api/session");
    remember(r);
    return r;
  }

  /** Logs in; remembers journey and token on success. */
  public Response login(String name, String passphrase) {
    session();
    Response r = post("/api/login", json("name", name, "passphrase", passphrase));
    remember(r);
    return r;
  }

  /** Joins a journey with an invitation code; remembers journey and token on success. */
  public Response join(String code, String passphrase) {
    session();
    Response r = post("/api/invitations/accept", json("code", code, "passphrase", passphrase));
    remember(r);
    return r;
  }

  /** Remembers the journey and token of a successful answer (a new journey), and returns it. */
  public Response remembering(Response r) {
    remember(r);
    return r;
  }

  /** POST under this browser's journey. */
  public Response act(String path, Object body) {
    return post("/api/journeys/" + journey + path, body);
  }

  /** GET of this browser's journey view. */
  public Response view() {
    return get("/api/journeys/" + journey);
  }

  /** GET of this browser's report. */
  public Response report() {
    return get("/api/journeys/" + journey + "/report");
  }

  /** A GET. */
  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A POST of {@code body} as JSON, with this browser's CSRF token. */
  public Response post(String path, Object body) {
    try {
      String text = body instanceof String s ? s : Json.mapper().writeValueAsString(body);
      return raw("POST", path, text, "application/json", Map.of());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any request, with this browser's CSRF token unless {@code headers} names one. */
  public Response raw(
      String method, String path, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (!csrf.isEmpty() && !headers.containsKey("X-CSRF-Token")) {
      b.header("X-CSRF-Token", csrf);
    }
    headers.forEach(b::header);
    return send(b);
  }

  /** Sends a prepared request through this browser's cookie jar. */
  public Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r =
          client.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The value of a cookie this browser holds, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Puts a cookie into this browser's jar, as an attacker might. */
  public void plantCookie(String name, String value) {
    HttpCookie c = new HttpCookie(name, value);
    c.setPath("/");
    c.setVersion(0);
    cookies.getCookieStore().add(URI.create(base), c);
  }

  /** The base URI. */
  public String base() {
    return base;
  }

  private void remember(Response r) {
    if (r.status() / 100 == 2 && r.body().startsWith("{")) {
      String token = r.json().path("csrfToken").asText("");
      if (!token.isEmpty()) {
        csrf = token;
      }
      String j = r.json().path("journey").asText("");
      if (!j.isEmpty()) {
        journey = j;
      }
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }
}
