package org.recovery.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.recovery.core.common.JourneyId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.testing.MutableClock;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.Stores;
import org.recovery.web.WebServer;
import org.recovery.web.auth.LoginLimiter;
import org.recovery.web.auth.Passphrases;

/**
 * The real server on a free port of 127.0.0.1, over an in-memory store, with a clock the test moves
 * and a fast passphrase work factor (the real one is tested in {@code PassphrasesTest}).
 */
public final class TestServer implements AutoCloseable {
  /** The instant the clock starts at: a Monday morning in Berlin. */
  public static final Instant START = Instant.parse("2025-03-10T09:00:00Z");

  /** The passphrases of the couples {@link #couple} makes. */
  public static final String PASSPHRASE_A = "first partner's passphrase";

  public static final String PASSPHRASE_B = "second partner's passphrase";

  private final MutableClock clock = new MutableClock(START);
  private final CloseableEventStore store;
  private final Passphrases passphrases;
  private final WebServer server;
  private int couples;

  private TestServer(
      Passphrases passphrases, LoginLimiter limiter, InstrumentCatalogue instruments) {
    this(Stores.inMemory(), passphrases, limiter, instruments);
  }

  private TestServer(
      CloseableEventStore store,
      Passphrases passphrases,
      LoginLimiter limiter,
      InstrumentCatalogue instruments) {
    this.store = store;
    this.passphrases = passphrases;
    WebServer.Builder b =
        WebServer.builder(store)
            .port(0)
            .clock(clock)
            .passphrases(passphrases)
            .instruments(instruments);
    if (limiter != null) {
      b.logins(limiter);
    }
    this.server = b.start();
  }

  /** A server with the fast work factor and the standard rate limit. */
  public static TestServer start() {
    return new TestServer(Passphrases.withIterations(1_000), null, InstrumentCatalogue.standard());
  }

  /** A server with the fast work factor that offers {@code instruments}. */
  public static TestServer start(InstrumentCatalogue instruments) {
    return new TestServer(Passphrases.withIterations(1_000), null, instruments);
  }

  /** A server with the fast work factor over {@code store}, which it closes. */
  public static TestServer over(CloseableEventStore store) {
    return new TestServer(
        store, Passphrases.withIterations(1_000), null, InstrumentCatalogue.standard());
  }

  /** A server with the given passphrases and rate limit that offers {@code instruments}. */
  public static TestServer start(
      Passphrases passphrases, LoginLimiter limiter, InstrumentCatalogue instruments) {
    return new TestServer(passphrases, limiter, instruments);
  }

  /** A server with the given passphrases and rate limit. */
  public static TestServer start(Passphrases passphrases, LoginLimiter limiter) {
    return new TestServer(passphrases, limiter, InstrumentCatalogue.standard());
  }

  /**
   * A server in zero-knowledge mode over the SQLite file {@code web.db} in {@code directory}, its
   * key vault beside it, partner keys wrapped with a fast work factor.
   */
  public static TestServer zeroKnowledge(java.nio.file.Path directory) {
    return over(
        org.recovery.persistence.ZeroKnowledge.sqlite(
            directory.resolve("web.db"), directory.resolve("web.db.keys"), 1_000));
  }

  /** The running server. */
  public WebServer server() {
    return server;
  }

  /** The server's base address, without a trailing slash. */
  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A new browser with an empty cookie jar. */
  public Browser browser() {
    return new Browser(base());
  }

  /** The clock. */
  public MutableClock clock() {
    return clock;
  }

  /** The store. */
  public CloseableEventStore store() {
    return store;
  }

  /** The passphrases. */
  public Passphrases passphrases() {
    return passphrases;
  }

  /** How many events the journey has. */
  public int events(String journey) {
    return store.read(JourneyId.parse(journey)).size();
  }

  /**
   * Starts a journey through the API with partners named {@code <prefix>A<n>} and {@code
   * <prefix>B<n>}: the first creates it, the second joins with the invitation and chooses their own
   * passphrase; then each logs in from their own browser.
   */
  public Couple couple(String prefix) {
    couples++;
    String nameA = prefix + "A" + couples;
    String nameB = prefix + "B" + couples;
    Browser a = browser();
    a.session();
    Response created =
        a.post(
            "/api/journeys",
            Map.of(
                "first", Map.of("name", nameA, "passphrase", PASSPHRASE_A),
                "second", Map.of("name", nameB),
                "zone", "Europe/Berlin"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Response joined =
        browser().join(created.json().path("invitation").path("code").asText(), PASSPHRASE_B);
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    Browser relogged = browser();
    assertThat(relogged.login(nameA, PASSPHRASE_A).status()).isEqualTo(200);
    Browser b = browser();
    Response login = b.login(nameB, PASSPHRASE_B);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    String journey = created.json().path("journey").asText();
    String idA = created.json().path("partner").path("id").asText();
    String idB = login.json().path("partner").path("id").asText();
    return new Couple(journey, relogged, b, idA, idB, nameA, nameB);
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }

  /**
   * Two partners of one journey, each logged in from their own browser.
   *
   * @param journey the journey id
   * @param a the first partner's browser
   * @param b the second partner's browser
   * @param idA the first partner's id
   * @param idB the second partner's id
   * @param nameA the first partner's name
   * @param nameB the second partner's name
   */
  public record Couple(
      String journey, Browser a, Browser b, String idA, String idB, String nameA, String nameB) {}
}
