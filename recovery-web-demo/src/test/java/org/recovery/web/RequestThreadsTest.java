package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.recovery.web.http.RequestThreads;
import org.recovery.web.support.TestServer;

/**
 * The server answers on a pool sized to the processors: the smallest one (for one processor) still
 * answers many clients at once, every answer, and the web server really runs on it.
 */
class RequestThreadsTest {
  private static final int CLIENTS = 16;
  private static final int REQUESTS_EACH = 25;

  @Test
  void theSmallestPoolAnswersEveryRequestOfSixteenClientsAtOnce() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Server server = new Server(RequestThreads.forProcessors(1));
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(
              Request request, org.eclipse.jetty.server.Response response, Callback callback) {
            threads.add(Thread.currentThread().getName());
            response.setStatus(200);
            Content.Sink.write(response, true, Request.getPathInContext(request), callback);
            return true;
          }
        });
    server.start();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String base = "http://127.0.0.1:" + connector.getLocalPort();
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        answers.add(
            clients.submit(
                () -> {
                  List<String> bodies = new ArrayList<>();
                  for (int r = 0; r < REQUESTS_EACH; r++) {
                    HttpResponse<String> answer =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + "/" + client + "/" + r))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    assertThat(answer.statusCode()).isEqualTo(200);
                    bodies.add(answer.body());
                  }
                  return bodies;
                }));
      }
      for (int c = 0; c < CLIENTS; c++) {
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < REQUESTS_EACH; r++) {
          expected.add("/" + c + "/" + r);
        }
        assertThat(answers.get(c).get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      clients.shutdownNow();
      server.stop();
    }
    assertThat(threads)
        .isNotEmpty()
        .allMatch(name -> name.matches("recovery-web-\\d+"), "named recovery-web-N");
  }

  @Test
  void theWebServerAnswersOnThePoolForThisMachinesProcessors() {
    try (TestServer server = TestServer.start()) {
      assertThat(server.browser().session().status()).isEqualTo(200);

      QueuedThreadPool threads = (QueuedThreadPool) server.server().threads();
      assertThat(threads.isRunning()).isTrue();
      assertThat(threads.getName()).isEqualTo("recovery-web");
      assertThat(threads.getMaxThreads())
          .isEqualTo(
              RequestThreads.forProcessors(Runtime.getRuntime().availableProcessors())
                  .getMaxThreads());
      assertThat(threads.getThreads()).isPositive().isLessThanOrEqualTo(threads.getMaxThreads());
    }
  }

  @Test
  void moreProcessorsNeverMeanFewerThreadsAndNoneIsRefused() {
    int previous = 0;
    for (int processors = 1; processors <= 256; processors++) {
      int max = RequestThreads.forProcessors(processors).getMaxThreads();
      assertThat(max).isGreaterThan(previous).isGreaterThanOrEqualTo(2 * processors + 3);
      previous = max;
    }
    assertThatThrownBy(() -> RequestThreads.forProcessors(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("processors must be at least 1, was 0");
  }
}
