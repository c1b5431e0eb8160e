package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.recovery.web.api.CommandRoute;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.http.Json;
import org.recovery.web.support.Response;
import org.recovery.web.support.SampleBodies;
import org.recovery.web.support.TestServer;

/** Whatever malformed body or path a partner sends, the answer is a 4xx and nothing changes. */
class MalformedInputProperties {
  private static final String NOWHERE = "00000000-0000-4000-8000-000000000000";
  private static TestServer server;
  private static TestServer.Couple couple;
  private static String before;

  @BeforeContainer
  static void start() {
    server = TestServer.start();
    couple = server.couple("prop");
    before = couple.a().view().body();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 200)
  void aMalformedBodyGetsA4xxAndChangesNothing(
      @ForAll("routes") String route, @ForAll("malformedBodies") Body body) {
    String path = route.replaceAll("\\{\\w+}", NOWHERE);
    String json =
        body.render(SampleBodies.forPath(route, couple.idA(), couple.idB(), "2025-03-10"));
    Response r = couple.a().act(path, json);
    assertThat(r.status()).as(route + " " + json + " → " + r).isBetween(400, 499);
    assertThat(r.json().path("code").asText()).isNotBlank();
    assertUnchanged();
  }

  @Property(tries = 200)
  void aMalformedPathGetsA4xxAndChangesNothing(
      @ForAll("paths") String path, @ForAll("methods") String method) {
    Response r =
        couple.a().raw(method, path, "{\"unexpected\":true}", "application/json", Map.of());
    assertThat(r.status()).as(method + " " + path + " → " + r).isBetween(400, 499);
    assertUnchanged();
  }

  private static void assertUnchanged() {
    assertThat(couple.a().view().body()).isEqualTo(before);
  }

  @Provide
  Arbitrary<String> routes() {
    return Arbitraries.of(
        JourneyRoutes.commands().stream().map(CommandRoute::path).collect(Collectors.toList()));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH");
  }

  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars("abcdefxyz0123456789-_.~!$&'()*+,;=:@ %/?#\u00e9\u4e2d\u0000")
                .ofMaxLength(24)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
            Arbitraries.of(
                "..",
                "%2e%2e",
                "%2F",
                "report",
                "check-ins",
                "commitments",
                "accept",
                NOWHERE,
                "null",
                "%00",
                "%7Bjourney%7D",
                "journeys",
                "api"));
    return segment
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(
            parts -> {
              String journey = "/api/journeys/" + couple.journey();
              String prefix = parts.get(0).length() % 3 == 0 ? "/api" : journey;
              return prefix + "/" + String.join("/", parts);
            })
        .filter(
            p ->
                !p.equals("/api/journeys/" + couple.journey() + "/report")
                    && !p.startsWith("/api/session"));
  }

  @Provide
  Arbitrary<Body> malformedBodies() {
    Arbitrary<String> wrongValue =
        Arbitraries.of("[1]", "{\"nested\":1}", "[[[[[]]]]]", "1e400", "[\"2025-03-10\"]", "{}");
    Arbitrary<Body> wrongType =
        Combinators.combine(Arbitraries.integers().between(0, 20), wrongValue)
            .as((i, v) -> sample -> replaceOne(sample, i, v));
    Arbitrary<Body> unknownField =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(12)
            .map(name -> sample -> withUnknown(sample, "zz" + name));
    Arbitrary<Body> garbage =
        Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of(
                    "null",
                    "[]",
                    "\"{}\"",
                    "{",
                    "{\"a\":}",
                    "{}}",
                    "{\"day\":\"2025-03-10\"",
                    "[".repeat(200),
                    "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}",
                    "\uFEFF{}",
                    "{'single':'quotes'}",
                    "{\"a\":1,\"a\":2}"))
            .filter(MalformedInputProperties::notAnObject)
            .map(text -> sample -> text);
    return Arbitraries.oneOf(wrongType, unknownField, garbage);
  }

  /** A malformed body made from a well-formed one. */
  interface Body {
    String render(Map<String, Object> sample);
  }

  private static String replaceOne(Map<String, Object> sample, int index, String value) {
    if (sample.isEmpty()) {
      return "{\"" + "field" + index + "\":" + value + "}";
    }
    List<String> keys = new ArrayList<>(sample.keySet());
    String victim = keys.get(index % keys.size());
    Map<String, Object> copy = new LinkedHashMap<>(sample);
    copy.remove(victim);
    String rest = write(copy);
    String field = "\"" + victim + "\":" + value;
    return rest.equals("{}") ? "{" + field + "}" : "{" + field + "," + rest.substring(1);
  }

  private static String withUnknown(Map<String, Object> sample, String name) {
    Map<String, Object> copy = new LinkedHashMap<>(sample);
    copy.put(name, "surprise");
    return write(copy);
  }

  private static String write(Map<String, Object> body) {
    try {
      return Json.mapper().writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean notAnObject(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      JsonNode node = Json.mapper().readTree(text.getBytes(StandardCharsets.UTF_8));
      return node == null || !node.isObject();
    } catch (java.io.IOException e) {
      return true;
    }
  }
}
