package org.recovery.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.List;
import org.recovery.web.http.Json;

/** An HTTP answer as a test sees it. */
public record Response(int status, String body, HttpHeaders headers) {

  /** The body as JSON. */
  public JsonNode json() {
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  /** The error code of a JSON error body. */
  public String code() {
    return json().path("code").asText();
  }

  /** A header's first value, or empty. */
  public String header(String name) {
    return headers.firstValue(name).orElse("");
  }

  /** All Set-Cookie headers. */
  public List<String> cookies() {
    return headers.allValues("Set-Cookie");
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
