package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.web.api.CommandRoute;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.support.Response;
import org.recovery.web.support.SampleBodies;
import org.recovery.web.support.TestServer;

/** A partner reaches only their own journey; another looks exactly like one that does not exist. */
class CrossJourneyApiTest {
  private static final String NOWHERE = "00000000-0000-4000-8000-000000000000";

  @Test
  void anotherCouplesJourneyAnswers404OnEveryEndpointAndStaysUnchanged() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple mine = server.couple("one");
      TestServer.Couple theirs = server.couple("two");
      int before = server.events(theirs.journey());
      String base = "/api/journeys/" + theirs.journey();
      assertNotFound(mine.a().get(base));
      assertNotFound(mine.a().get(base + "/report"));
      for (CommandRoute<?> route : JourneyRoutes.commands()) {
        String path = route.path().replaceAll("\\{\\w+}", NOWHERE);
        Response r =
            mine.a()
                .post(
                    base + path,
                    SampleBodies.forPath(route.path(), theirs.idA(), theirs.idB(), "2025-03-10"));
        assertNotFound(r);
      }
      assertThat(server.events(theirs.journey())).isEqualTo(before);
      assertThat(mine.a().get(base).body())
          .isEqualTo(mine.a().get("/api/journeys/" + NOWHERE).body());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-a-journey",
        NOWHERE,
        "00000000-0000-4000-8000-00000000000",
        "%20",
        "..%2F..%2Fetc"
      })
  void aJourneyIdThatIsNotYoursAnswersLikeAnyOther(String id) {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("ids");
      assertNotFound(c.a().get("/api/journeys/" + id));
      assertNotFound(c.a().get("/api/journeys/" + id + "/report"));
      assertNotFound(c.a().post("/api/journeys/" + id + "/decide-to-try", "{}"));
    }
  }

  private static void assertNotFound(Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(404);
    assertThat(r.code()).isIn("JOURNEY_NOT_FOUND", "NOT_FOUND");
  }
}
