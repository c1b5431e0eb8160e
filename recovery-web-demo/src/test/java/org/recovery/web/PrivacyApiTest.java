package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.web.api.CommandRoute;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.support.Browser;
import org.recovery.web.support.LogCapture;
import org.recovery.web.support.Response;
import org.recovery.web.support.SampleBodies;
import org.recovery.web.support.TestServer;

/**
 * What one partner keeps private never reaches the other through any endpoint, nor the log. A is
 * the hurt partner; B calls every endpoint they can.
 */
class PrivacyApiTest {
  private static final String TODAY = "2025-03-10";
  private static final String JOURNAL_SECRET = "JOURNAL-SECRET-7f3a";
  private static final String NOTE_SECRET = "NOTE-SECRET-91bc";
  private static final List<String> SCREENING_FIELDS =
      List.of("humiliated", "afraid", "forced", "hurt");

  @Test
  void aPartnersPrivateEntriesChangeNothingTheOtherCanRead() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("priv");
      betrayalAndCheckIns(c);
      List<String> before = everythingBReads(c.b());
      ok(c.a().act("/journal", json("day", TODAY, "text", JOURNAL_SECRET)));
      ok(
          c.a()
              .act(
                  "/therapy-sessions",
                  json("kind", "INDIVIDUAL", "day", TODAY, "visibility", "PRIVATE")));
      ok(c.a().act("/forgiveness", json("step", "WORKING_THROUGH_IT", "visibility", "PRIVATE")));
      ok(c.a().act("/consent", json("level", "PHYSICAL_INTIMACY")));
      ok(c.a().act("/day-counters", json("shown", true)));
      ok(
          c.a()
              .act(
                  "/questionnaires",
                  json(
                      "instrument",
                      "csi-4",
                      "answers",
                      json("1", 1, "2", 0, "3", 1, "4", 0),
                      "visibility",
                      "PRIVATE")));
      assertThat(everythingBReads(c.b())).isEqualTo(before);
      assertThat(c.a().report().json().path("instruments").size()).isEqualTo(1);
      assertThat(c.a().view().body()).contains(JOURNAL_SECRET);
    }
  }

  @Test
  void aPrivateQuestionnaireLeavesTheOtherPartnersReportByteForByteTheSame() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("qpriv");
      ok(
          c.a()
              .act(
                  "/questionnaires",
                  json(
                      "instrument",
                      "csi-4",
                      "answers",
                      json("1", 2, "2", 2, "3", 1, "4", 1),
                      "visibility",
                      "SHARED")));
      ok(
          c.b()
              .act(
                  "/questionnaires",
                  json(
                      "instrument",
                      "csi-4",
                      "answers",
                      json("1", 3, "2", 2, "3", 2, "4", 2),
                      "visibility",
                      "SHARED")));
      server.clock().advance(java.time.Duration.ofMinutes(5));
      List<String> before = everythingBReads(c.b());
      ok(
          c.a()
              .act(
                  "/questionnaires",
                  json(
                      "instrument",
                      "csi-4",
                      "answers",
                      json("1", 6, "2", 5, "3", 5, "4", 5),
                      "visibility",
                      "PRIVATE")));
      ok(
          c.a()
              .act(
                  "/questionnaires",
                  json("instrument", "rdas", "answers", rdas(4), "visibility", "PRIVATE")));
      assertThat(everythingBReads(c.b())).isEqualTo(before);

      JsonNode seenByB = c.b().report().json().path("instruments");
      assertThat(field(seenByB, "instrument")).containsExactly("csi-4", "csi-4");
      for (JsonNode f : seenByB) {
        assertThat(f.path("history").size()).as(f.toString()).isEqualTo(1);
        assertThat(field(f.path("history"), "visibility")).containsOnly("shared");
      }
      assertThat(c.b().report().body())
          .as("the private total; 21.0 is also CSI-4's maximum")
          .doesNotContain("\"total\":21.0")
          .doesNotContain("\"visibility\":\"private\"");
      JsonNode seenByA = c.a().report().json().path("instruments");
      assertThat(field(seenByA, "instrument")).contains("csi-4", "rdas");
      JsonNode aOwn = null;
      for (JsonNode f : seenByA) {
        if (f.path("partner").asText().equals(c.idA())
            && f.path("instrument").asText().equals("csi-4")) {
          aOwn = f;
        }
      }
      assertThat(aOwn).isNotNull();
      assertThat(field(aOwn.path("history"), "visibility")).containsExactly("shared", "private");
      assertThat(aOwn.path("latest").path("total").asDouble()).isEqualTo(21.0);
    }
  }

  private static List<String> field(JsonNode list, String name) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.path(name).asText()));
    return out;
  }

  private static java.util.Map<String, Object> rdas(int answer) {
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (int i = 1; i <= 14; i++) {
      out.put(Integer.toString(i), answer);
    }
    return out;
  }

  @Test
  void aPrivateNoteOnASharedCheckInAndAFlaggedScreeningNeverReachTheOtherPartner() {
    try (TestServer server = TestServer.start();
        LogCapture log = new LogCapture()) {
      TestServer.Couple c = server.couple("leak");
      betrayalAndCheckIns(c);
      ok(c.a().act("/journal", json("day", TODAY, "text", JOURNAL_SECRET)));
      Response checkIn =
          c.a()
              .act(
                  "/check-ins",
                  json(
                      "day",
                      TODAY,
                      "emotionalSafety",
                      2,
                      "trust",
                      1,
                      "closeness",
                      2,
                      "hope",
                      3,
                      "visibility",
                      "SHARED",
                      "note",
                      NOTE_SECRET,
                      "noteVisibility",
                      "PRIVATE",
                      "crisis",
                      true));
      assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
      ok(
          c.a()
              .act(
                  "/safety-screening",
                  json("humiliated", true, "afraid", true, "forced", true, "hurt", true)));

      List<String> beforeOwnScreening = everythingBReads(c.b());
      for (String response : beforeOwnScreening) {
        for (String field : SCREENING_FIELDS) {
          assertThat(response).doesNotContain("\"" + field + "\"");
        }
      }
      List<String> seenByB = new ArrayList<>(beforeOwnScreening);
      seenByB.addAll(everyCommandAs(c.b(), c.idB(), c.idA()));
      seenByB.addAll(everythingBReads(c.b()));
      for (String response : seenByB) {
        assertThat(response).doesNotContain(JOURNAL_SECRET).doesNotContain(NOTE_SECRET);
        for (String field : SCREENING_FIELDS) {
          assertThat(response)
              .as("B's own answers were all false; A's all true")
              .doesNotContain("\"" + field + "\":true");
        }
      }
      Response reportB = c.b().report();
      assertThat(reportB.json().path("safetyResources").size()).isZero();
      assertThat(reportB.json().path("crisisResources").size())
          .as("crisis help is in every report")
          .isPositive();
      assertThat(reportB.json().path("stage").path("hold").asText())
          .startsWith("Your journey is on hold for now.");
      assertThat(reportB.json().path("stage").path("heldForYourSafety").asBoolean()).isFalse();
      assertThat(c.b().view().json().path("checkIns").findValuesAsText("note"))
          .doesNotContain(NOTE_SECRET);

      Response reportA = c.a().report();
      assertThat(reportA.json().path("safetyResources").size()).isPositive();
      assertThat(reportA.json().path("crisisResources").size()).isPositive();
      assertThat(reportA.json().path("crisisPrompt").asText()).contains("not safe");
      assertThat(reportA.json().path("stage").path("heldForYourSafety").asBoolean()).isTrue();
      assertThat(
              c.a()
                  .view()
                  .json()
                  .path("mine")
                  .path("safetyScreening")
                  .path("answers")
                  .path("afraid")
                  .asBoolean())
          .isTrue();
      assertThat(c.a().view().body()).contains(NOTE_SECRET);

      assertThat(String.join("\n", log.lines()))
          .doesNotContain(JOURNAL_SECRET)
          .doesNotContain(NOTE_SECRET);
    }
  }

  private static void betrayalAndCheckIns(TestServer.Couple c) {
    assertThat(
            c.a()
                .act(
                    "/betrayals",
                    json(
                        "kind",
                        "EMOTIONAL_AFFAIR",
                        "hurtPartner",
                        c.idA(),
                        "involvedPartner",
                        c.idB(),
                        "cameToLight",
                        "DISCLOSED",
                        "on",
                        TODAY))
                .status())
        .isEqualTo(201);
    assertThat(
            c.b()
                .act(
                    "/check-ins",
                    json(
                        "day",
                        TODAY,
                        "emotionalSafety",
                        5,
                        "trust",
                        5,
                        "closeness",
                        5,
                        "hope",
                        5,
                        "visibility",
                        "SHARED"))
                .status())
        .isEqualTo(201);
  }

  private static List<String> everythingBReads(Browser b) {
    List<String> out = new ArrayList<>();
    out.add(b.session().body());
    out.add(b.view().body());
    out.add(b.report().body());
    return out;
  }

  private static List<String> everyCommandAs(Browser b, String me, String other) {
    List<String> out = new ArrayList<>();
    List<CommandRoute<?>> routes = new ArrayList<>(JourneyRoutes.commands());
    routes.sort(java.util.Comparator.comparing(r -> r.path().equals("/end")));
    for (CommandRoute<?> route : routes) {
      String path = route.path().replaceAll("\\{\\w+}", "00000000-0000-4000-8000-000000000000");
      out.add(b.act(path, SampleBodies.forPath(route.path(), me, other, TODAY)).body());
      out.add(b.act(path, "{\"unknownField\":1}").body());
    }
    return out;
  }

  private static void ok(Response r) {
    assertThat(r.status()).as(r.toString()).isBetween(200, 201);
  }
}
