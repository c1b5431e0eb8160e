package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.web.auth.Guard;
import org.recovery.web.http.RefusedBodies;
import org.recovery.web.support.TestServer;

/**
 * A request whose body the server refuses without needing it (over the size limit, not JSON) has
 * its body read to the end before the answer is sent, so a client that writes the whole body before
 * it reads (as most do) can send all of it and then read the answer, up to {@link
 * RefusedBodies#SWALLOW_BYTES}. Spoken in raw HTTP over a socket, so the test sees what a client
 * sees: before the fix, the server answered and closed after the headers, the client's write failed
 * with a broken pipe or reset, and the answer was lost with the connection when the machine was
 * busy (as when the client pauses mid-body, as here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedBodyTest {
  private TestServer server;
  private TestServer.Couple couple;

  @BeforeAll
  void start() {
    server = TestServer.start();
    couple = server.couple("big");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}, chunked: {1} → {2}")
  @CsvSource({"application/json,false,413", "application/json,true,413", "text/plain,false,415"})
  void aClientCanSendAllOfARefusedBodyAndThenReadTheAnswer(String type, boolean chunked, int status)
      throws IOException {
    byte[] body =
        ("{\"day\":\"2025-03-10\",\"text\":\""
                + "x".repeat((int) RefusedBodies.SWALLOW_BYTES - 64)
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    URI base = URI.create(server.base());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      out.write(head(type, body.length, chunked).getBytes(StandardCharsets.US_ASCII));
      for (int sent = 0; sent < body.length; sent += 8192) {
        int n = Math.min(8192, body.length - sent);
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(body, sent, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (sent == 0) {
          out.flush();
          pauseAsASlowClientDoes(socket, in, answer);
        }
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      socket.setSoTimeout(60_000);
      readHead(in, answer);

      assertThat(answer.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 " + status + " ");
    }
  }

  /**
   * Waits a second mid-body, keeping whatever the server sends meanwhile: the server that answered
   * before reading the body had closed the connection by then, and the rest of the body could not
   * be written.
   */
  private static void pauseAsASlowClientDoes(
      Socket socket, InputStream in, ByteArrayOutputStream answer) throws IOException {
    socket.setSoTimeout(1_000);
    try {
      for (int b = in.read(); b >= 0; b = in.read()) {
        answer.write(b);
      }
    } catch (SocketTimeoutException expected) {
      // Nothing more from the server while the body is incomplete.
    }
  }

  private String head(String type, int length, boolean chunked) {
    return "POST /api/journeys/"
        + couple.journey()
        + "/journal HTTP/1.1\r\n"
        + "Host: "
        + URI.create(server.base()).getAuthority()
        + "\r\n"
        + "Content-Type: "
        + type
        + "\r\n"
        + "X-CSRF-Token: "
        + couple.a().csrf()
        + "\r\n"
        + "Cookie: "
        + Guard.SESSION_COOKIE
        + "="
        + couple.a().cookie(Guard.SESSION_COOKIE)
        + "; "
        + Guard.CSRF_COOKIE
        + "="
        + couple.a().cookie(Guard.CSRF_COOKIE)
        + "\r\n"
        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
        + "\r\n";
  }

  private static void readHead(InputStream in, ByteArrayOutputStream head) throws IOException {
    while (!head.toString(StandardCharsets.US_ASCII).contains("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      head.write(b);
    }
  }
}
