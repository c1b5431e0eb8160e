package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.recovery.web.api.CommandRoute;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

class OpenApiTest {

  @Test
  void theOpenApiDocumentDescribesEveryRouteTheServerRuns() {
    try (TestServer server = TestServer.start()) {
      Response r = server.browser().get("/api/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      JsonNode paths = r.json().path("paths");
      for (CommandRoute<?> route : JourneyRoutes.commands()) {
        JsonNode post = paths.path(JourneyRoutes.PREFIX + route.path()).path("post");
        assertThat(post.isMissingNode()).as(route.path()).isFalse();
        JsonNode schema =
            post.path("requestBody").path("content").path("application/json").path("schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("properties").size())
            .isEqualTo(route.body().getRecordComponents().length);
        assertThat(post.path("responses").has(route.creates() ? "201" : "200")).isTrue();
      }
      JsonNode checkIn =
          paths
              .path(JourneyRoutes.PREFIX + "/check-ins")
              .path("post")
              .path("requestBody")
              .path("content")
              .path("application/json")
              .path("schema")
              .path("properties");
      assertThat(checkIn.path("trust").path("type").asText()).isEqualTo("integer");
      assertThat(checkIn.path("day").path("format").asText()).isEqualTo("date");
      assertThat(checkIn.path("visibility").path("enum").toString()).contains("PRIVATE");
      assertThat(paths.has("/api/login")).isTrue();
      assertThat(
              paths
                  .path("/api/agenda")
                  .path("get")
                  .path("responses")
                  .path("200")
                  .path("content")
                  .path("application/json")
                  .path("schema")
                  .path("$ref")
                  .asText())
          .isEqualTo("#/components/schemas/Agenda");
      JsonNode action =
          r.json()
              .path("components")
              .path("schemas")
              .path("Agenda")
              .path("properties")
              .path("actions")
              .path("items");
      assertThat(action.path("required").toString())
          .contains("\"open\"", "\"reason\"", "\"endpoint\"", "\"body\"");
      assertThat(action.path("properties").path("kind").path("enum").toString())
          .contains("\"accept-commitment\"")
          .doesNotContain("_");
    }
  }
}
