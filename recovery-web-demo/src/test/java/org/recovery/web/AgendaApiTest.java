package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.web.http.Json;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * {@code GET /api/agenda}: its shape, that what it calls open is accepted when sent, that what it
 * calls closed is refused with the same words, and that it never depends on the other partner's
 * private entries. Today is 2025-03-10 in Berlin.
 */
class AgendaApiTest {
  private static final String TODAY = "2025-03-10";

  @Test
  void aProposalIsDueForTheOtherPartnerWithItsAnswersAsWebCalls() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("agenda");
      String id = propose(c, "An evening walk");

      JsonNode agenda = agenda(c.b());
      assertThat(agenda.path("today").asText()).isEqualTo(TODAY);
      JsonNode answer = due(agenda, "commitment-answer");
      assertThat(answer.path("target").asText()).isEqualTo(id);
      assertThat(answer.path("sentence").asText())
          .isEqualTo(c.nameA() + " proposed \"An evening walk\": accept it or decline it.");
      JsonNode accept = answer.path("actions").get(0);
      assertThat(accept.path("kind").asText()).isEqualTo("accept-commitment");
      assertThat(accept.path("label").asText()).isEqualTo("Accept \"An evening walk\"");
      assertThat(accept.path("open").asBoolean()).isTrue();
      assertThat(accept.path("reason").isNull()).isTrue();
      assertThat(accept.path("endpoint").asText())
          .isEqualTo("/api/journeys/" + c.journey() + "/commitments/" + id + "/accept");
      assertThat(accept.path("body").size()).isZero();
      assertThat(answer.path("actions").get(1).path("kind").asText())
          .isEqualTo("decline-commitment");

      JsonNode checkIn = due(agenda, "check-in");
      assertThat(checkIn.path("actions").get(0).path("endpoint").isNull())
          .as("a check-in needs the person's ratings")
          .isTrue();
      JsonNode crisis = action(agenda, "flag-crisis");
      assertThat(crisis.path("endpoint").asText()).endsWith("/crisis");
      assertThat(crisis.path("body").path("day").asText()).isEqualTo(TODAY);

      assertThat(agenda(c.a()).path("due").findValuesAsText("kind"))
          .as("the proposer has nothing to answer")
          .doesNotContain("commitment-answer");
    }
  }

  @Test
  void everyOpenActionSentAsTheAgendaSaysIsAccepted() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("open");
      propose(c, "A daily check-in call");
      send(c.b(), action(agenda(c.b()), "accept-commitment"), 200);
      send(c.b(), action(agenda(c.b()), "activate-commitment"), 200);
      JsonNode report = due(agenda(c.b()), "report");
      assertThat(report.path("target").asText()).endsWith("@" + TODAY);
      send(c.b(), report.path("actions").get(0), 200);

      JsonNode confirm = due(agenda(c.a()), "confirm");
      assertThat(confirm.path("sentence").asText())
          .isEqualTo(
              c.nameB()
                  + " reported"
                  + " \"A daily check-in call\" kept today"
                  + ": confirm it, or say it was not so.");
      send(c.a(), confirm.path("actions").get(0), 200);
      assertThat(agenda(c.a()).path("due").findValuesAsText("kind")).doesNotContain("confirm");
    }
  }

  @Test
  void theBoundaryAnswersDeclinesMissesDisputesAndEndingsItOffersAreAcceptedToo() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("more");
      ok(c.a().act("/boundaries", json("area", "COMMUNICATION", "text", "No shouting")), 201);
      JsonNode agree = due(agenda(c.b()), "boundary-answer").path("actions").get(0);
      assertThat(agree.path("kind").asText()).isEqualTo("agree-to-boundary");
      assertThat(agree.path("body").path("revision").asInt()).isEqualTo(1);
      send(c.b(), agree, 200);
      ok(
          c.a().act("/boundaries", json("area", "MONEY", "text", "Show each other statements")),
          201);
      send(c.b(), due(agenda(c.b()), "boundary-answer").path("actions").get(1), 200);
      assertThat(agenda(c.b()).path("due").findValuesAsText("kind"))
          .doesNotContain("boundary-answer");

      propose(c, "Not this one");
      send(c.b(), action(agenda(c.b()), "decline-commitment"), 200);
      propose(c, "Evening call");
      send(c.b(), action(agenda(c.b()), "accept-commitment"), 200);
      send(c.b(), action(agenda(c.b()), "activate-commitment"), 200);
      JsonNode missed = action(agenda(c.b()), "report-missed");
      assertThat(missed.path("body").path("kind").asText()).isEqualTo("MISSED");
      send(c.b(), missed, 200);
      send(c.a(), action(agenda(c.a()), "dispute-report"), 200);
      send(c.b(), action(agenda(c.b()), "retire-commitment"), 200);
    }
  }

  @Test
  void aClosedActionIsRefusedWithTheWordsTheAgendaGaveAndChangesNothing() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("closed");
      propose(c, "Share the calendar");
      List<JsonNode> closed = new ArrayList<>();
      for (Browser who : List.of(c.a(), c.b())) {
        agenda(who)
            .path("actions")
            .forEach(
                a -> {
                  if (!a.path("open").asBoolean()) {
                    assertThat(a.path("reason").asText()).as(a.toString()).isNotBlank();
                    if (!a.path("endpoint").isNull()) {
                      closed.add(a);
                      int events = server.events(c.journey());
                      Response refused = post(who, a);
                      assertThat(refused.status()).as(refused.toString()).isIn(409, 422);
                      assertThat(refused.json().path("message").asText())
                          .isEqualTo(a.path("reason").asText());
                      assertThat(server.events(c.journey())).isEqualTo(events);
                    }
                  }
                });
      }
      assertThat(closed).extracting(a -> a.path("kind").asText()).contains("agree-to-advance");
    }
  }

  @Test
  void theOtherPartnersPrivateEntriesLeaveTheAgendaByteForByteTheSame() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("apriv");
      ok(
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
                      "DISCOVERED",
                      "on",
                      "2025-03-01")),
          201);
      propose(c, "No contact");
      String before = c.b().get("/api/agenda").body();
      ok(c.a().act("/journal", json("day", TODAY, "text", "only mine")), 200);
      ok(
          c.a()
              .act(
                  "/check-ins",
                  json(
                      "day",
                      TODAY,
                      "emotionalSafety",
                      1,
                      "trust",
                      1,
                      "closeness",
                      1,
                      "hope",
                      1,
                      "visibility",
                      "PRIVATE",
                      "note",
                      "only mine",
                      "crisis",
                      true)),
          201);
      ok(c.a().act("/crisis", json("day", TODAY)), 200);
      ok(
          c.a()
              .act(
                  "/therapy-sessions",
                  json("kind", "INDIVIDUAL", "day", TODAY, "visibility", "PRIVATE")),
          200);
      ok(c.a().act("/forgiveness", json("step", "NOT_NOW", "visibility", "PRIVATE")), 200);
      ok(c.a().act("/consent", json("level", "NONE")), 200);
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
                      "PRIVATE")),
          200);
      assertThat(c.b().get("/api/agenda").body()).isEqualTo(before);
    }
  }

  @Test
  void withoutASessionThereIsNoAgenda() {
    try (TestServer server = TestServer.start()) {
      Response r = server.browser().get("/api/agenda");
      assertThat(r.status()).isEqualTo(401);
    }
  }

  private static String propose(TestServer.Couple c, String title) {
    Response r =
        c.a()
            .act(
                "/commitments",
                json(
                    "owner",
                    c.idB(),
                    "title",
                    title,
                    "category",
                    "CONNECTION",
                    "cost",
                    "LOW",
                    "cadence",
                    "daily",
                    "verification",
                    "PARTNER_CONFIRMED"));
    ok(r, 201);
    return r.json().path("id").asText();
  }

  private static JsonNode agenda(Browser who) {
    Response r = who.get("/api/agenda");
    ok(r, 200);
    return r.json();
  }

  private static JsonNode due(JsonNode agenda, String kind) {
    for (JsonNode d : agenda.path("due")) {
      if (d.path("kind").asText().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("nothing due of kind " + kind + " in " + agenda);
  }

  private static JsonNode action(JsonNode agenda, String kind) {
    for (JsonNode a : agenda.path("actions")) {
      if (a.path("kind").asText().equals(kind)) {
        return a;
      }
    }
    throw new AssertionError("no action of kind " + kind + " in " + agenda);
  }

  private static Response post(Browser who, JsonNode action) {
    try {
      return who.post(
          action.path("endpoint").asText(), Json.mapper().writeValueAsString(action.path("body")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(Browser who, JsonNode action, int status) {
    assertThat(action.path("open").asBoolean()).as(action.toString()).isTrue();
    ok(post(who, action), status);
  }

  private static void ok(Response r, int status) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
  }
}
