package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.web.support.Browser.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.recovery.web.api.CommandRoute;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.support.Browser;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/**
 * Every command endpoint, once accepted and once refused by the core, in the order a couple might
 * meet them. A is the hurt partner, B the involved one; today is 2025-03-10 in Berlin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandApiTest {
  private static final Pattern VAR = Pattern.compile("\\{(\\w+)}");
  private TestServer server;
  private TestServer.Couple couple;
  private final Map<String, String> vars = new HashMap<>();
  private final Set<String> succeeded = new TreeSet<>();
  private final Set<String> refused = new TreeSet<>();

  @BeforeAll
  void start() {
    server = TestServer.start();
    couple = server.couple("cmd");
    vars.put("A", couple.idA());
    vars.put("B", couple.idB());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private record Step(
      String who,
      String path,
      Map<String, Object> body,
      int status,
      String code,
      String saveAs,
      Duration advance) {}

  private static Step ok(String who, String path, Map<String, Object> body) {
    return new Step(who, path, body, 200, null, null, null);
  }

  private static Step created(String who, String path, Map<String, Object> body, String as) {
    return new Step(who, path, body, 201, null, as, null);
  }

  private static Step refused(
      String who, String path, Map<String, Object> body, int status, String code) {
    return new Step(who, path, body, status, code, null, null);
  }

  private static Step wait(Duration d) {
    return new Step(null, null, null, 0, null, null, d);
  }

  private static List<Step> scenario() {
    String today = "2025-03-10";
    Map<String, Object> none = Map.of();
    Map<String, Object> checkIn =
        json(
            "day",
            today,
            "emotionalSafety",
            4,
            "trust",
            3,
            "closeness",
            5,
            "hope",
            6,
            "visibility",
            "SHARED",
            "note",
            "a shared note",
            "noteVisibility",
            "SHARED");
    Map<String, Object> screening =
        json("humiliated", false, "afraid", false, "forced", false, "hurt", false);
    List<Step> s = new ArrayList<>();
    s.add(
        created(
            "A",
            "/betrayals",
            json(
                "kind",
                "EMOTIONAL_AFFAIR",
                "hurtPartner",
                "{A}",
                "involvedPartner",
                "{B}",
                "cameToLight",
                "DISCOVERED",
                "on",
                "2025-03-08"),
            "betrayal"));
    s.add(
        refused(
            "A",
            "/betrayals",
            json(
                "kind",
                "EMOTIONAL_AFFAIR",
                "hurtPartner",
                "{A}",
                "involvedPartner",
                "{A}",
                "cameToLight",
                "DISCOVERED",
                "on",
                today),
            422,
            "SAME_PARTNER"));
    s.add(ok("B", "/betrayals/{betrayal}/responsibility", json("statement", "I lied to you.")));
    s.add(
        refused(
            "A",
            "/betrayals/{betrayal}/responsibility",
            json("statement", ""),
            422,
            "NOT_THE_INVOLVED_PARTNER"));
    s.add(ok("A", "/betrayals/{betrayal}/heard", json("level", "PARTLY")));
    s.add(
        refused(
            "B",
            "/betrayals/{betrayal}/heard",
            json("level", "HEARD"),
            422,
            "NOT_THE_HURT_PARTNER"));
    s.add(ok("A", "/decide-to-try", none));
    s.add(refused("A", "/decide-to-try", none, 409, "ALREADY_RECORDED"));
    s.add(created("A", "/check-ins", checkIn, "checkIn"));
    s.add(refused("A", "/check-ins", checkIn, 409, "ALREADY_CHECKED_IN"));
    s.add(ok("A", "/consent", json("level", "NON_PHYSICAL_CONNECTION")));
    s.add(refused("A", "/consent", json("level", "NON_PHYSICAL_CONNECTION"), 409, "NO_CHANGE"));
    s.add(ok("A", "/safety-screening", screening));
    s.add(ok("A", "/journal", json("day", today, "text", "Only for me.")));
    s.add(
        refused(
            "A",
            "/journal",
            json("day", "2025-03-11", "text", "Tomorrow."),
            422,
            "DATE_OUT_OF_RANGE"));
    s.add(
        ok(
            "A",
            "/therapy-sessions",
            json("kind", "COUPLES", "day", today, "visibility", "SHARED")));
    s.add(
        refused(
            "A",
            "/therapy-sessions",
            json("kind", "COUPLES", "day", "2025-03-01", "visibility", "SHARED"),
            422,
            "DATE_OUT_OF_RANGE"));
    s.add(ok("A", "/forgiveness", json("step", "OPEN_TO_IT", "visibility", "PRIVATE")));
    s.add(
        refused(
            "B",
            "/forgiveness",
            json("step", "OPEN_TO_IT", "visibility", "PRIVATE"),
            422,
            "NOT_THE_HURT_PARTNER"));
    s.add(
        ok(
            "A",
            "/questionnaires",
            json(
                "instrument",
                "csi-4",
                "answers",
                json("1", 4, "2", 3, "3", 3, "4", 2),
                "visibility",
                "PRIVATE")));
    s.add(
        refused(
            "A",
            "/questionnaires",
            json(
                "instrument",
                "csi-4",
                "answers",
                json("1", 9, "2", 3, "3", 3, "4", 2),
                "visibility",
                "PRIVATE"),
            422,
            "INVALID_ANSWERS"));
    s.add(
        refused(
            "A",
            "/questionnaires",
            json(
                "instrument",
                "no-such-questionnaire",
                "answers",
                json("1", 1),
                "visibility",
                "SHARED"),
            422,
            "UNKNOWN_INSTRUMENT"));
    s.add(ok("A", "/crisis", json("day", today)));
    s.add(refused("A", "/crisis", json("day", "2025-03-11"), 422, "DATE_OUT_OF_RANGE"));
    s.add(ok("A", "/day-counters", json("shown", true)));
    s.add(refused("A", "/day-counters", json("shown", true), 409, "NO_CHANGE"));
    Map<String, Object> proposal =
        json(
            "owner",
            "{B}",
            "title",
            "A call every evening",
            "category",
            "CONNECTION",
            "cost",
            "LOW",
            "cadence",
            "daily",
            "verification",
            "SELF_REPORTED");
    s.add(created("A", "/commitments", proposal, "c1"));
    s.add(
        refused(
            "A",
            "/commitments",
            json(
                "owner",
                "{B}",
                "title",
                "Share location",
                "category",
                "MONITORING",
                "cost",
                "HIGH",
                "cadence",
                "daily",
                "verification",
                "SELF_REPORTED"),
            422,
            "MONITORING_UNAVAILABLE"));
    s.add(refused("A", "/commitments/{c1}/accept", none, 422, "NEEDS_THE_OTHER_PARTNER"));
    s.add(ok("B", "/commitments/{c1}/accept", none));
    s.add(ok("B", "/commitments/{c1}/activate", json("from", today)));
    s.add(
        refused("B", "/commitments/{c1}/activate", json("from", today), 409, "COMMITMENT_STATUS"));
    s.add(ok("B", "/commitments/{c1}/reports", json("day", today, "kind", "KEPT")));
    s.add(
        refused(
            "A",
            "/commitments/{c1}/reports",
            json("day", today, "kind", "KEPT"),
            422,
            "NOT_THE_OWNER"));
    s.add(
        refused(
            "B", "/commitments/{c1}/confirm", json("day", today), 422, "NEEDS_THE_OTHER_PARTNER"));
    s.add(ok("A", "/commitments/{c1}/confirm", json("day", today)));
    s.add(wait(Duration.ofDays(1)));
    s.add(ok("B", "/commitments/{c1}/reports", json("day", "2025-03-11", "kind", "KEPT")));
    s.add(ok("A", "/commitments/{c1}/dispute", json("day", "2025-03-11")));
    s.add(
        refused(
            "A",
            "/commitments/{c1}/dispute",
            json("day", "2025-03-09"),
            422,
            "NOTHING_TO_CONFIRM"));
    s.add(
        ok(
            "B",
            "/commitments/{c1}/revise",
            json("cadence", "daily", "verification", "PARTNER_CONFIRMED")));
    s.add(
        refused(
            "B",
            "/commitments/{c1}/revise",
            json("cadence", "daily", "verification", "PARTNER_CONFIRMED"),
            409,
            "NO_CHANGE"));
    s.add(
        refused(
            "B",
            "/commitments/{c1}/pause",
            json("from", "2025-03-12", "until", "2025-03-13"),
            422,
            "COOLING_OFF"));
    s.add(ok("A", "/commitments/{c1}/pause", json("from", "2025-03-12", "until", "2025-03-13")));
    s.add(ok("B", "/commitments/{c1}/retire", none));
    s.add(refused("B", "/commitments/{unknown}/retire", none, 422, "UNKNOWN_COMMITMENT"));
    s.add(
        created(
            "B",
            "/commitments",
            json(
                "owner",
                "{B}",
                "title",
                "Weekly walk",
                "category",
                "CONNECTION",
                "cost",
                "LOW",
                "cadence",
                "1/week",
                "verification",
                "SELF_REPORTED"),
            "c2"));
    s.add(ok("A", "/commitments/{c2}/decline", none));
    s.add(refused("A", "/commitments/{c2}/decline", none, 409, "COMMITMENT_STATUS"));
    s.add(
        created(
            "A",
            "/setbacks",
            json(
                "kind",
                "CONFLICT",
                "severity",
                "MODERATE",
                "day",
                "2025-03-11",
                "description",
                "We argued about the phone."),
            "setback"));
    s.add(
        refused(
            "A",
            "/setbacks",
            json(
                "kind",
                "NEW_DECEPTION",
                "severity",
                "MINOR",
                "day",
                "2025-03-11",
                "description",
                ""),
            422,
            "SEVERITY_TOO_LOW"));
    s.add(ok("B", "/setbacks/{setback}/repairs", json("step", "ACKNOWLEDGED")));
    s.add(
        refused(
            "B",
            "/setbacks/{setback}/repairs",
            json("step", "ACKNOWLEDGED"),
            409,
            "ALREADY_RECORDED"));
    s.add(
        created(
            "A",
            "/boundaries",
            json("area", "COMMUNICATION", "text", "No contact with the other person."),
            "boundary"));
    s.add(
        refused(
            "A",
            "/boundaries/{boundary}/agree",
            json("revision", 1),
            422,
            "NEEDS_THE_OTHER_PARTNER"));
    s.add(ok("B", "/boundaries/{boundary}/agree", json("revision", 1)));
    s.add(ok("B", "/boundaries/{boundary}/revise", json("text", "No contact, and I tell you.")));
    s.add(
        refused(
            "B",
            "/boundaries/{boundary}/revise",
            json("text", "Another wording."),
            409,
            "BOUNDARY_PROPOSAL_STATE"));
    s.add(ok("A", "/boundaries/{boundary}/decline", none));
    s.add(refused("A", "/boundaries/{boundary}/decline", none, 409, "BOUNDARY_PROPOSAL_STATE"));
    s.add(ok("A", "/boundaries/{boundary}/withdraw", none));
    s.add(refused("A", "/boundaries/{boundary}/withdraw", none, 409, "BOUNDARY_PROPOSAL_STATE"));
    s.add(refused("A", "/agree-to-advance", none, 422, "GATES_NOT_MET"));
    s.add(ok("B", "/safety-screening", screening));
    s.add(ok("B", "/decide-to-try", none));
    s.add(wait(Duration.ofDays(7)));
    s.add(ok("A", "/agree-to-advance", none));
    s.add(ok("A", "/pause", json("from", "2025-03-18")));
    s.add(refused("A", "/pause", json("from", "2025-03-18"), 409, "JOURNEY_PAUSE_STATE"));
    s.add(ok("B", "/resume", none));
    s.add(refused("B", "/resume", none, 409, "JOURNEY_PAUSE_STATE"));
    s.add(ok("A", "/end", json("outcome", "STOPPED")));
    s.add(refused("B", "/end", json("outcome", "STOPPED"), 409, "JOURNEY_ENDED"));
    s.add(refused("B", "/safety-screening", screening, 409, "JOURNEY_ENDED"));
    s.add(refused("B", "/resume", none, 409, "JOURNEY_ENDED"));
    s.add(
        refused(
            "B",
            "/boundaries",
            json("area", "MONEY", "text", "Separate accounts."),
            409,
            "JOURNEY_ENDED"));
    return s;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandEndpointAcceptsAndRefusesThroughTheCore() {
    vars.put("unknown", "00000000-0000-4000-8000-000000000000");
    DynamicTest views =
        DynamicTest.dynamicTest(
            "both views show what was recorded",
            () -> {
              Response view = couple.a().view();
              assertThat(view.json().path("statements").path(vars.get("betrayal")).asText())
                  .isEqualTo("I lied to you.");
              assertThat(view.json().path("setbackDescriptions").path(vars.get("setback")).asText())
                  .isEqualTo("We argued about the phone.");
              assertThat(view.json().path("outcome").asText()).isEqualTo("STOPPED");
              assertThat(couple.b().view().json().path("commitments").size()).isEqualTo(2);
              assertThat(couple.b().report().json().path("stage").path("id").asText())
                  .isEqualTo("atone");
            });
    return Stream.concat(
        scenario().stream()
            .map(
                step -> {
                  if (step.advance() != null) {
                    return DynamicTest.dynamicTest(
                        "time passes (" + step.advance() + "); both log in again",
                        () -> {
                          server.clock().advance(step.advance());
                          assertThat(
                                  couple
                                      .a()
                                      .login(couple.nameA(), TestServer.PASSPHRASE_A)
                                      .status())
                              .isEqualTo(200);
                          assertThat(
                                  couple
                                      .b()
                                      .login(couple.nameB(), TestServer.PASSPHRASE_B)
                                      .status())
                              .isEqualTo(200);
                        });
                  }
                  String name =
                      step.who()
                          + " POST "
                          + step.path()
                          + " → "
                          + step.status()
                          + (step.code() == null ? "" : " " + step.code());
                  return DynamicTest.dynamicTest(name, () -> run(step));
                }),
        Stream.of(views));
  }

  @Test
  void theQuestionnaireCatalogueListsItemsAndScalesAndScoresShowInTheReport() {
    Response catalogue = couple.a().get("/api/questionnaires");
    assertThat(catalogue.status()).isEqualTo(200);
    assertThat(catalogue.json().findValuesAsText("id")).contains("csi-4", "trim-18", "rdas");
    assertThat(server.browser().get("/api/questionnaires").status()).isEqualTo(401);
  }

  private void run(Step step) {
    Browser who = step.who().equals("A") ? couple.a() : couple.b();
    Response r = who.act(fill(step.path()), fillBody(step.body()));
    assertThat(r.status()).as(r.toString()).isEqualTo(step.status());
    if (step.code() != null) {
      assertThat(r.code()).isEqualTo(step.code());
      assertThat(r.json().path("message").asText()).isNotBlank();
      refused.add(step.path().replaceAll("\\{\\w+}", "{x}"));
    } else {
      assertThat(r.json().path("accepted").asBoolean()).isTrue();
      succeeded.add(step.path().replaceAll("\\{\\w+}", "{x}"));
    }
    if (step.saveAs() != null) {
      vars.put(step.saveAs(), r.json().path("id").asText());
    }
  }

  @Test
  void theScenarioCoversEveryCommandEndpointBothWays() {
    Set<String> all = new TreeSet<>();
    for (CommandRoute<?> route : JourneyRoutes.commands()) {
      all.add(route.path().replaceAll("\\{\\w+}", "{x}"));
    }
    Set<String> accepted = new TreeSet<>();
    Set<String> refusedPaths = new TreeSet<>();
    for (Step s : scenario()) {
      if (s.path() != null) {
        (s.code() == null ? accepted : refusedPaths).add(s.path().replaceAll("\\{\\w+}", "{x}"));
      }
    }
    assertThat(accepted).isEqualTo(all);
    assertThat(refusedPaths).isEqualTo(all);
  }

  private String fill(String text) {
    Matcher m = VAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Map<String, Object> fillBody(Map<String, Object> body) {
    Map<String, Object> out = new HashMap<>();
    body.forEach((k, v) -> out.put(k, v instanceof String s ? fill(s) : v));
    return out;
  }
}
