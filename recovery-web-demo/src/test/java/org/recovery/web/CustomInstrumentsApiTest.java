package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.web.support.InstrumentFiles.HARBOUR;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.web.support.InstrumentFiles;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** A practice's own questionnaires, read from the {@code --instruments} folder. */
class CustomInstrumentsApiTest {
  private static final String ANSWERS_OF_12 =
      "{\"safe\":3,\"heard\":2,\"distant\":1," + "\"together\":2,\"hope\":2}";

  @Test
  void aQuestionnaireFromTheFolderIsListedWithItsWordingAndCanBeCompleted(@TempDir Path dir) {
    InstrumentFiles.write(dir, "harbour.json", InstrumentFiles.harbour());
    InstrumentFiles.write(dir, "notes.txt", "not a definition: only *.json files are read");
    try (TestServer server = TestServer.start(InstrumentFolder.load(dir))) {
      TestServer.Couple c = server.couple("own");
      Response list = c.a().get("/api/questionnaires");
      assertThat(ids(list.json())).containsExactly("csi-4", HARBOUR, "rdas", "trim-18");
      JsonNode harbour = byId(list.json(), HARBOUR);
      assertThat(harbour.path("items").get(0).path("wording").asText())
          .isEqualTo("This week I felt safe bringing up what hurts.");
      assertThat(harbour.path("cutOffs").get(0).path("threshold").asDouble()).isEqualTo(8.0);

      Response done =
          c.a()
              .act(
                  "/questionnaires",
                  "{\"instrument\":\""
                      + HARBOUR
                      + "\",\"answers\":"
                      + ANSWERS_OF_12
                      + ",\"visibility\":\"SHARED\"}");
      assertThat(done.status()).as(done.toString()).isEqualTo(200);
      JsonNode mine = byId(c.a().report().json().path("instruments"), HARBOUR);
      assertThat(mine.path("latest").path("total").asDouble()).isEqualTo(12.0);
      assertThat(mine.path("history").size()).isEqualTo(1);
      assertThat(byId(c.b().report().json().path("instruments"), HARBOUR).path("partner").asText())
          .isEqualTo(c.idA());
    }
  }

  @Test
  void theListHoldsOnlyTheLatestVersionOfAQuestionnaire(@TempDir Path dir) {
    String v1 = InstrumentFiles.harbour();
    String v2 =
        v1.replace("\"version\": 1", "\"version\": 2")
            .replace("\"threshold\": 8", "\"threshold\": 9");
    InstrumentFiles.write(dir, "harbour-1.json", v1);
    InstrumentFiles.write(dir, "harbour-2.json", v2);
    try (TestServer server = TestServer.start(InstrumentFolder.load(dir))) {
      TestServer.Couple c = server.couple("ver");
      JsonNode list = c.a().get("/api/questionnaires").json();
      assertThat(ids(list).stream().filter(HARBOUR::equals)).hasSize(1);
      assertThat(byId(list, HARBOUR).path("version").asInt()).isEqualTo(2);
    }
  }

  @Test
  void withoutTheOptionTheServerOffersTheShippedQuestionnairesOnly() {
    try (TestServer server = TestServer.start()) {
      TestServer.Couple c = server.couple("std");
      assertThat(ids(c.a().get("/api/questionnaires").json()))
          .isEqualTo(InstrumentCatalogue.standard().ids());
      Response refused =
          c.a()
              .act(
                  "/questionnaires",
                  "{\"instrument\":\""
                      + HARBOUR
                      + "\",\"answers\":"
                      + ANSWERS_OF_12
                      + ",\"visibility\":\"SHARED\"}");
      assertThat(refused.code()).isEqualTo("UNKNOWN_INSTRUMENT");
    }
  }

  @Test
  void aBrokenDefinitionIsRefusedNamingTheFileAndThePathInIt(@TempDir Path dir) {
    InstrumentFiles.write(dir, "a-good.json", InstrumentFiles.harbour());
    InstrumentFiles.write(
        dir,
        "b-broken.json",
        InstrumentFiles.harbour()
            .replace(
                "\"scale\": { \"min\": 0, \"max\": 4 }", "\"scale\": { \"min\": 4, \"max\": 4 }"));
    assertThatThrownBy(() -> InstrumentFolder.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--instruments")
        .hasMessageContaining(dir.resolve("b-broken.json").toString())
        .hasMessageContaining("items[3].scale");
  }

  @Test
  void aFileThatIsNotJsonOrRedefinesAShippedQuestionnaireIsRefusedNamingTheFile(@TempDir Path dir) {
    Path notJson = InstrumentFiles.write(dir.resolve("one"), "x.json", "{ \"id\": ");
    assertThatThrownBy(() -> InstrumentFolder.load(notJson))
        .hasMessageContaining(notJson.resolve("x.json").toString());
    Path clash =
        InstrumentFiles.write(
            dir.resolve("two"),
            "csi.json",
            InstrumentFiles.harbour().replace("\"id\": \"harbour-weekly\"", "\"id\": \"csi-4\""));
    assertThatThrownBy(() -> InstrumentFolder.load(clash))
        .hasMessageContaining(clash.resolve("csi.json").toString())
        .hasMessageContaining("csi-4");
    assertThatThrownBy(() -> InstrumentFolder.load(dir.resolve("missing")))
        .hasMessageContaining("missing")
        .hasMessageContaining("not a directory");
  }

  private static List<String> ids(JsonNode list) {
    List<String> out = new java.util.ArrayList<>();
    list.forEach(n -> out.add(n.path("id").asText()));
    return out;
  }

  private static JsonNode byId(JsonNode list, String id) {
    for (JsonNode n : list) {
      if (n.path("id").asText().equals(id) || n.path("instrument").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError(id + " not in " + List.of(list.toString()));
  }
}
