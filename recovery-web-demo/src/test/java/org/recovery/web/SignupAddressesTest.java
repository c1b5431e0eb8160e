package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.web.auth.SignupLimiter;
import org.recovery.web.support.TestServer;

/**
 * New journeys are limited per client address: one address using up its sign-ups leaves the others
 * free. Requests come from 127.0.0.1, 127.0.0.2 and 127.0.0.3 (all loopback on Linux).
 */
class SignupAddressesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void tenSignupsFromOneAddressDoNotBlockTheOthers() throws Exception {
    try (TestServer server = TestServer.start()) {
      int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
      for (int i = 0; i < SignupLimiter.PER_ADDRESS; i++) {
        assertThat(signUp(port, "127.0.0.1", "first" + i).status).isEqualTo(201);
      }
      Reply blocked = signUp(port, "127.0.0.1", "one too many");
      assertThat(blocked.status).isEqualTo(429);
      assertThat(signUp(port, "127.0.0.2", "elsewhere").status)
          .as("another address")
          .isEqualTo(201);
      assertThat(signUp(port, "127.0.0.3", "a third place").status).isEqualTo(201);
    }
  }

  @Test
  void aDemoFromAnotherAddressIsNotBlockedEither() throws Exception {
    try (TestServer server = TestServer.start()) {
      int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
      for (int i = 0; i < SignupLimiter.PER_ADDRESS; i++) {
        signUp(port, "127.0.0.1", "first" + i);
      }
      Reply demo = post(port, "127.0.0.2", "/api/demo", "{}");
      assertThat(demo.status).as(demo.body).isEqualTo(201);
      assertThat(JSON.readTree(demo.body).path("logins").get(0).path("name").asText())
          .matches("Maya [0-9]{8}");
    }
  }

  private static Reply signUp(int port, String from, String name) throws IOException {
    String body =
        "{\"first\":{\"name\":\"A "
            + name
            + "\",\"passphrase\":\"a long enough"
            + " passphrase\"},\"second\":{\"name\":\"B "
            + name
            + "\"},\"zone\":\"Europe/Berlin\"}";
    return post(port, from, "/api/journeys", body);
  }

  /** Gets a log-in CSRF token and cookie from {@code from}, then posts {@code body} with them. */
  private static Reply post(int port, String from, String path, String body) throws IOException {
    Reply session = exchange(port, from, "GET /api/session HTTP/1.0\r\n\r\n");
    JsonNode json = JSON.readTree(session.body);
    String cookies = String.join("; ", session.cookies);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange(
        port,
        from,
        "POST "
            + path
            + " HTTP/1.0\r\nContent-Type: application/json\r\n"
            + "Content-Length: "
            + bytes.length
            + "\r\nCookie: "
            + cookies
            + "\r\nX-CSRF-Token: "
            + json.path("csrfToken").asText()
            + "\r\n\r\n"
            + body);
  }

  private static Reply exchange(int port, String from, String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String[] head = response.substring(0, end).split("\r\n");
      List<String> cookies = new ArrayList<>();
      for (String line : head) {
        if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
          cookies.add(line.substring(11).strip().split(";", 2)[0]);
        }
      }
      return new Reply(
          Integer.parseInt(head[0].split(" ")[1]), response.substring(end + 4), cookies);
    }
  }

  private record Reply(int status, String body, List<String> cookies) {}
}
