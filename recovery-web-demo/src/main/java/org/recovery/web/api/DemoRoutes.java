package org.recovery.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.simulation.Simulation;
import org.recovery.core.spi.CommandId;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.Stores;
import org.recovery.web.auth.Session;
import org.recovery.web.auth.Sessions;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * {@code POST /api/demo}: seeds a simulated journey of a few months (the same simulation as the
 * command-line demo), ending now, with two new log-ins whose generated passphrases are answered
 * once; the caller is logged in as the partner who was hurt.
 */
public final class DemoRoutes {
  /** How many months the demo journey covers. */
  public static final int MONTHS = 3;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** How many different suffixes demo names have ("Maya 48213377"). */
  public static final int SUFFIXES = 90_000_000;

  private static final int TRIES = 20;

  private final Services services;

  private DemoRoutes(Services services) {
    this.services = services;
  }

  /** Registers the endpoint. */
  public static void register(RoutesConfig routes, Services services) {
    routes.post("/api/demo", new DemoRoutes(services)::demo);
  }

  private void demo(Context ctx) {
    services.guard().requireLoginCsrf(ctx);
    Json.read(ctx.bodyAsBytes(), CommandRoute.Empty.class);
    AuthRoutes.takeSignup(services, ctx.ip());
    String suffix = freeSuffix();
    String hurtName = "Maya " + suffix;
    String involvedName = "Daniel " + suffix;
    String hurtKey = services.names().key(hurtName);
    String involvedKey = services.names().key(involvedName);
    Simulation.Options options =
        Simulation.Options.of(RANDOM.nextLong(), MONTHS, services.clock().instant())
            .withNames(hurtName, involvedName);
    options =
        Simulation.Options.of(
                options.seed(),
                MONTHS,
                services.clock().instant().minus(Duration.ofDays(options.totalDays())))
            .withNames(hurtName, involvedName);
    String hurtPass = Sessions.newToken().substring(0, 16);
    String involvedPass = Sessions.newToken().substring(0, 16);
    Seeded seeded = seed(options, hurtPass, involvedPass);
    Simulation.Result result = seeded.result();
    boolean added =
        services
            .accounts()
            .addAll(
                List.of(
                    services
                        .credentials()
                        .newAccount(hurtKey, result.journey(), result.hurt().id(), hurtPass),
                    services
                        .credentials()
                        .newAccount(
                            involvedKey, result.journey(), result.involved().id(), involvedPass)));
    if (!added) {
      services.journeys().delete(result.journey());
      services.keys().lockUnlessLive(result.journey(), result.hurt().id());
      services.signups().giveBack(ctx.ip());
      throw ApiError.of(409, "CONCURRENT_CHANGE", "Please try again.");
    }
    Session session =
        services.guard().login(ctx, new Session.Holder(result.journey(), result.hurt().id()));
    JourneyView view =
        services
            .journeys()
            .view(result.journey(), result.hurt().id())
            .orElseThrow(ApiError::journeyNotFound);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("authenticated", true);
    out.put("journey", result.journey().toString());
    out.put("partner", ViewJson.PartnerJson.of(view.me()));
    out.put("csrfToken", session.csrfToken());
    out.put(
        "logins",
        List.of(
            login(hurtName, hurtPass, seeded.hurtCode()),
            login(involvedName, involvedPass, seeded.involvedCode())));
    ctx.status(201).json(out);
  }

  /** A seeded journey and its made-up partners' recovery codes, if their keys were made. */
  private record Seeded(
      Simulation.Result result, Optional<String> hurtCode, Optional<String> involvedCode) {}

  /**
   * Runs the simulation in memory, then stores the whole journey in one append while both made-up
   * partners are unlocked (the partner who was hurt first, whose key the journey starts with), so
   * each one's private entries are sealed under their own key. The other partner is locked again,
   * as they are not logged in.
   */
  private Seeded seed(Simulation.Options options, String hurtPass, String involvedPass) {
    try (CloseableEventStore memory = Stores.inMemory()) {
      Simulation.Result result = Simulation.run(memory, options);
      List<JourneyEvent> events =
          memory.read(result.journey()).stream().map(RecordedEvent::event).toList();
      JourneyId id = result.journey();
      return services
          .keys()
          .atomically(
              () -> {
                Optional<String> hurtCode =
                    services.keys().unlock(id, result.hurt().id(), hurtPass);
                services.store().append(id, 0, events, CommandId.random());
                Optional<String> involvedCode =
                    services.keys().unlock(id, result.involved().id(), involvedPass);
                services.keys().lockUnlessLive(id, result.involved().id());
                return new Seeded(result, hurtCode, involvedCode);
              });
    }
  }

  private static Map<String, Object> login(
      String name, String passphrase, Optional<String> recoveryCode) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("passphrase", passphrase);
    recoveryCode.ifPresent(c -> out.put("recoveryCode", c));
    return out;
  }

  /** One of {@link #SUFFIXES} eight-digit suffixes, drawn from {@code random}. */
  static String suffix(java.util.Random random) {
    return Integer.toString(10_000_000 + random.nextInt(SUFFIXES));
  }

  /** A suffix that neither demo name uses yet on this server. */
  private String freeSuffix() {
    for (int i = 0; i < TRIES; i++) {
      String suffix = suffix(RANDOM);
      if (!services.accounts().taken(services.names().key("Maya " + suffix))
          && !services.accounts().taken(services.names().key("Daniel " + suffix))) {
        return suffix;
      }
    }
    throw new IllegalStateException("no free demo name found in " + TRIES + " tries");
  }
}
