package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.web.support.Response;
import org.recovery.web.support.TestServer;

/** Malformed requests get a 4xx that says what is wrong, and change nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputApiTest {
  private TestServer server;
  private TestServer.Couple couple;
  private int events;

  @BeforeAll
  void start() {
    server = TestServer.start();
    couple = server.couple("bad");
    events = server.events(couple.journey());
  }

  @AfterEach
  void nothingChanged() {
    assertThat(server.events(couple.journey())).isEqualTo(events);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} → field {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\",\"mood\":3}|mood",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":\"5\",\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\"}|emotionalSafety",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5.5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\"}|emotionalSafety",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":11,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\"}|trust",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":null,\"hope\":5,\"visibility\":\"SHARED\"}|closeness",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"visibility\":\"SHARED\"}|hope",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"shared\"}|visibility",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\",\"triggered\":1}|triggered",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\",\"note\":42}|note",
        "{\"day\":\"2025-02-30\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\"}|day",
        "{\"day\":\"10.03.2025\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\"}|day",
        "{\"day\":[\"2025-03-10\"],\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\"}|day",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\",\"reactiveOutbursts\":51}|reactiveOutbursts",
        "{\"day\":\"2025-03-10\",\"emotionalSafety\":5,\"trust\":5,\"closeness\":5,\"hope\":5,\"visibility\":\"SHARED\",\"trust\":6}|body",
        "[1,2,3]|body",
        "\"text\"|body",
        "{\"day\":|body",
        "{} {}|body",
        "null|body",
      })
  void aMalformedCheckInIsRefusedNamingTheField(String body, String field) {
    Response r = couple.a().act("/check-ins", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.code()).isEqualTo("INVALID_FIELD");
    assertThat(r.json().path("field").asText()).isEqualTo(field);
    assertThat(r.json().path("message").asText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} {1} → field {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/commitments|{\"owner\":\"x\",\"title\":\"t\",\"category\":\"OTHER\",\"cost\":\"LOW\",\"cadence\":\"daily\",\"verification\":\"SELF_REPORTED\"}|400|owner",
        "/commitments|{\"owner\":\"{A}\",\"title\":\"  \",\"category\":\"OTHER\",\"cost\":\"LOW\",\"cadence\":\"daily\",\"verification\":\"SELF_REPORTED\"}|400|title",
        "/commitments|{\"owner\":\"{A}\",\"title\":\"t\",\"category\":\"OTHER\",\"cost\":\"LOW\",\"cadence\":\"9/week\",\"verification\":\"SELF_REPORTED\"}|400|cadence",
        "/commitments|{\"owner\":\"{A}\",\"title\":\"t\",\"category\":\"OTHER\",\"cost\":\"CHEAP\",\"cadence\":\"daily\",\"verification\":\"SELF_REPORTED\"}|400|cost",
        "/commitments/not-an-id/accept|{}|400|commitment",
        "/commitments/{A}/pause|{\"from\":\"2025-03-12\",\"until\":\"2025-03-11\"}|400|until",
        "/boundaries/{A}/agree|{}|400|revision",
        "/boundaries/{A}/agree|{\"revision\":0}|400|revision",
        "/boundaries|{\"area\":\"MONEY\",\"text\":\"\"}|400|text",
        "/setbacks|{\"kind\":\"TRIGGER\",\"severity\":\"MINOR\",\"day\":\"2025-03-10\",\"description\":{\"a\":1}}|400|description",
        "/safety-screening|{\"humiliated\":false}|400|afraid",
        "/journal|{\"day\":\"2025-03-10\",\"text\":\"   \"}|400|text",
        "/decide-to-try|{\"why\":\"because\"}|400|why",
        "/betrayals|{\"kind\":\"OTHER_DECEPTION\",\"hurtPartner\":\"{A}\",\"involvedPartner\":\"{A}\",\"cameToLight\":\"DISCLOSED\",\"on\":\"yesterday\"}|400|on",
      })
  void everyCommandRefusesMalformedInputNamingTheField(
      String path, String body, int status, String field) {
    Response r =
        couple.a().act(path.replace("{A}", couple.idA()), body.replace("{A}", couple.idA()));
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.json().path("field").asText()).isEqualTo(field);
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedAs415() {
    Response r =
        couple
            .a()
            .raw(
                "POST",
                "/api/journeys/" + couple.journey() + "/decide-to-try",
                "{}",
                "text/plain",
                Map.of());
    assertThat(r.status()).isEqualTo(415);
    Response form =
        couple
            .a()
            .raw(
                "POST",
                "/api/login",
                "name=a&passphrase=b",
                "application/x-www-form-urlencoded",
                Map.of());
    assertThat(form.status()).isEqualTo(415);
  }

  @Test
  void aBodyOverTheLimitIsRefusedAs413WhetherItsLengthIsDeclaredOrNot() {
    String huge =
        "{\"day\":\"2025-03-10\",\"text\":\"" + "x".repeat(WebServer.MAX_BODY_BYTES) + "\"}";
    Response declared = couple.a().act("/journal", huge);
    assertThat(declared.status()).isEqualTo(413);
    HttpRequest.Builder chunked =
        HttpRequest.newBuilder(
                URI.create(couple.a().base() + "/api/journeys/" + couple.journey() + "/journal"))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", couple.a().csrf())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () ->
                        new ByteArrayInputStream(
                            huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    Response streamed = couple.a().send(chunked);
    assertThat(streamed.status()).as(streamed.toString()).isEqualTo(413);
  }

  @Test
  void aJournalEntryLongerThanTheCoreAllowsIsRefusedNamingTheField() {
    String text = "é".repeat(20_001);
    Response r = couple.a().act("/journal", Map.of("day", "2025-03-10", "text", text));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asText()).isEqualTo("text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/nothing",
        "/api/journeys",
        "/api/journeys/x/y/z",
        "/api/session/extra",
        "/nothing.html",
        "/api/journeys/{j}/unknown-command"
      })
  void anUnknownAddressAnswers404AsJson(String path) {
    Response r = couple.a().get(path.replace("{j}", couple.journey()));
    assertThat(r.status()).isIn(404, 405);
    assertThat(r.code()).isIn("NOT_FOUND", "METHOD_NOT_ALLOWED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
  void anUnsupportedMethodAnswers4xx(String method) {
    Response r =
        couple
            .a()
            .raw(
                method,
                "/api/journeys/" + couple.journey() + "/check-ins",
                "{}",
                "application/json",
                Map.of());
    assertThat(r.status()).isBetween(400, 499);
  }
}
