package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.web.support.TestServer;

/**
 * Requests that Jetty itself refuses, before the application sees them, are answered with the same
 * security headers as every other answer.
 */
class JettyErrorHeadersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /..;/api/session HTTP/1.1",
        "GET /api/..;/session HTTP/1.1",
        "GET /%00 HTTP/1.1",
        "GET /api/%00/session HTTP/1.1",
        "CONNECT example.com:443 HTTP/1.1",
        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "GET /a%2fb HTTP/1.1",
        "GET /\\u0001 HTTP/1.1",
        "BREW / HTTP/1.1",
        "GET / HTTP/7.0"
      })
  void everyRefusedRequestGetsTheSecurityHeaders(String requestLine) throws IOException {
    try (TestServer server = TestServer.start()) {
      int port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
      String line = requestLine.replace("\\u0001", "\u0001");
      String response = exchange(port, line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      String head = response.toLowerCase(Locale.ROOT);
      assertThat(head).as(response).matches("(?s)http/1\\.1 [45]\\d\\d.*");
      assertThat(head)
          .as(response)
          .contains("content-security-policy: default-src 'none'")
          .contains("x-content-type-options: nosniff")
          .contains("x-frame-options: deny")
          .contains("referrer-policy: no-referrer")
          .containsPattern("cache-control: [^\r]*no-store");
    }
  }

  private static String exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      for (int b; !head.toString().endsWith("\r\n\r\n") && (b = in.read()) >= 0; ) {
        head.append((char) b);
      }
      return head.toString();
    }
  }
}
