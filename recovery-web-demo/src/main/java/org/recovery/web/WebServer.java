package org.recovery.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.recovery.core.Journeys;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.spi.EventStore;
import org.recovery.web.api.AccountRoutes;
import org.recovery.web.api.AuthRoutes;
import org.recovery.web.api.DemoRoutes;
import org.recovery.web.api.InvitationRoutes;
import org.recovery.web.api.JourneyRoutes;
import org.recovery.web.api.KeyRoutes;
import org.recovery.web.api.ReportCache;
import org.recovery.web.api.Services;
import org.recovery.web.auth.AccountStore;
import org.recovery.web.auth.Credentials;
import org.recovery.web.auth.Guard;
import org.recovery.web.auth.InMemoryAccounts;
import org.recovery.web.auth.LoginLimiter;
import org.recovery.web.auth.LoginNames;
import org.recovery.web.auth.PartnerKeys;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.Sessions;
import org.recovery.web.auth.SignupLimiter;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Assets;
import org.recovery.web.http.ErrorHandlers;
import org.recovery.web.http.Json;
import org.recovery.web.http.RequestThreads;
import org.recovery.web.http.SecureErrorPages;
import org.recovery.web.http.SecurityHeaders;
import org.slf4j.LoggerFactory;

/**
 * The web demo's server: the page at {@code /}, the JSON API under {@code /api/}. Built with {@link
 * #builder(EventStore)}, started by {@link Builder#start()}, stopped by {@link #close()}.
 */
public final class WebServer implements AutoCloseable {
  /** The largest request body accepted, in bytes. */
  public static final int MAX_BODY_BYTES = 128 * 1024;

  /** How many partners' reports the server keeps ready (a report is some tens of kilobytes). */
  static final int CACHED_REPORTS = 512;

  private final Javalin app;
  private final String host;
  private final Sessions sessions;
  private final ScheduledExecutorService sweeper;

  private WebServer(Javalin app, String host, Sessions sessions) {
    this.app = app;
    this.host = host;
    this.sessions = sessions;
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "recovery-web-sessions");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::endExpiredSessions, 1, 1, TimeUnit.MINUTES);
  }

  /**
   * Ends the sessions that have expired by the server's clock, locking the keys of partners with no
   * session left; the server does it every minute by itself.
   *
   * @return how many sessions ended
   */
  public int endExpiredSessions() {
    try {
      return sessions.endExpired();
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(WebServer.class).warn("could not end expired sessions", e);
      return 0;
    }
  }

  /** A server over {@code store}, to configure and start. */
  public static Builder builder(EventStore store) {
    return new Builder(store);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The threads the server answers on ({@link RequestThreads}). */
  org.eclipse.jetty.util.thread.ThreadPool threads() {
    return app.jettyServer().server().getThreadPool();
  }

  /** Stops the server. */
  @Override
  public void close() {
    sweeper.shutdownNow();
    app.stop();
  }

  /** The settings of a server. */
  public static final class Builder {
    private final EventStore store;
    private String host = "127.0.0.1";
    private int port = 8080;
    private Clock clock = Clock.systemUTC();
    private AccountStore accounts = new InMemoryAccounts();
    private Passphrases passphrases;
    private byte[] nameSecret;
    private boolean alwaysSecure;
    private LoginLimiter logins;
    private InstrumentCatalogue instruments = InstrumentCatalogue.standard();

    private Builder(EventStore store) {
      this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /** The address to bind; 127.0.0.1 by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The server's clock (tests move it). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where log-ins are kept; in memory by default. */
    public Builder accounts(AccountStore accounts) {
      this.accounts = Objects.requireNonNull(accounts, "accounts");
      return this;
    }

    /** Passphrase hashing; {@link Passphrases#standard()} by default. */
    public Builder passphrases(Passphrases passphrases) {
      this.passphrases = Objects.requireNonNull(passphrases, "passphrases");
      return this;
    }

    /** The secret that keys stored login names (32+ bytes); random per start by default. */
    public Builder nameSecret(byte[] secret) {
      this.nameSecret = secret.clone();
      return this;
    }

    /** Marks cookies Secure even on plain HTTP, behind a TLS-terminating proxy. */
    public Builder alwaysSecure(boolean alwaysSecure) {
      this.alwaysSecure = alwaysSecure;
      return this;
    }

    /** The log-in rate limit; {@link LoginLimiter#standard} by default. */
    public Builder logins(LoginLimiter logins) {
      this.logins = Objects.requireNonNull(logins, "logins");
      return this;
    }

    /**
     * The questionnaires partners can complete and reports score; {@link
     * InstrumentCatalogue#standard()} by default.
     *
     * @throws IllegalArgumentException if the standard model schedules a questionnaire it lacks
     */
    public Builder instruments(InstrumentCatalogue instruments) {
      Objects.requireNonNull(instruments, "instruments");
      Journeys.using(store, clock).withInstruments(instruments);
      this.instruments = instruments;
      return this;
    }

    /** Starts the server. */
    public WebServer start() {
      byte[] secret = nameSecret;
      if (secret == null) {
        secret =
            org.recovery.web.auth.Sessions.newToken()
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      }
      Sessions sessions = new Sessions(clock);
      Guard guard = new Guard(sessions, alwaysSecure);
      Passphrases hashing = passphrases == null ? Passphrases.standard() : passphrases;
      Journeys journeys = Journeys.using(store, clock).withInstruments(instruments);
      ReportCache reports = new ReportCache(clock, CACHED_REPORTS);
      Services services =
          new Services(
              journeys,
              store,
              accounts,
              hashing,
              new Credentials(accounts, hashing),
              LoginNames.keyedBy(secret),
              logins == null ? LoginLimiter.standard(clock) : logins,
              LoginLimiter.standard(clock),
              SignupLimiter.standard(clock),
              guard,
              reports,
              PartnerKeys.over(store, journeys, sessions, reports::forget),
              clock);
      Assets assets = Assets.load("/public");
      Javalin app =
          Javalin.create(
              config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.http.maxRequestSize = MAX_BODY_BYTES;
                config.jetty.threadPool =
                    RequestThreads.forProcessors(Runtime.getRuntime().availableProcessors());
                config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorPages()));
                config.jsonMapper(new JavalinJackson(Json.mapper(), false));
                config.staticFiles.add(
                    files -> {
                      files.hostedPath = "/";
                      files.directory = "/public";
                      files.location = Location.CLASSPATH;
                      files.headers = Map.of("Cache-Control", "no-store");
                    });
                config.routes.before(
                    ctx -> {
                      if (ctx.path().startsWith(Assets.PREFIX)) {
                        SecurityHeaders.applyToHashedFile(ctx, guard.tls(ctx));
                      } else {
                        SecurityHeaders.apply(ctx, guard.tls(ctx));
                      }
                      if (ctx.method() == HandlerType.POST && ctx.path().startsWith("/api/")) {
                        requireJson(ctx.contentType());
                        if (ctx.contentLength() > MAX_BODY_BYTES) {
                          throw ApiError.of(
                              413, "BODY_TOO_LARGE", "The request body is too large.");
                        }
                      }
                    });
                ErrorHandlers.register(config.routes, clock);
                registerAssets(config.routes, assets);
                AuthRoutes.register(config.routes, services);
                DemoRoutes.register(config.routes, services);
                JourneyRoutes.register(config.routes, services);
                InvitationRoutes.register(config.routes, services);
                AccountRoutes.register(config.routes, services);
                KeyRoutes.register(config.routes, services);
              });
      app.start(host, port);
      return new WebServer(app, host, sessions);
    }

    /** The page (never cached) and its hashed files (cached for a year). */
    private static void registerAssets(io.javalin.config.RoutesConfig routes, Assets assets) {
      io.javalin.http.Handler page =
          ctx -> ctx.contentType("text/html; charset=utf-8").result(assets.page());
      routes.get("/", page);
      routes.get("/index.html", page);
      routes.get(
          Assets.PREFIX + "{file}",
          ctx -> {
            String name = ctx.pathParam("file");
            byte[] body =
                assets
                    .file(name)
                    .orElseThrow(
                        () -> {
                          ctx.header("Cache-Control", "no-store");
                          return ApiError.of(404, "NOT_FOUND", "There is no such file.");
                        });
            ctx.header("Cache-Control", Assets.IMMUTABLE);
            ctx.contentType(Assets.contentType(name)).result(body);
          });
    }

    private static void requireJson(String contentType) {
      String type = contentType == null ? "" : contentType.split(";", 2)[0].strip();
      if (!type.equalsIgnoreCase("application/json")) {
        throw ApiError.of(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
      }
    }
  }
}
