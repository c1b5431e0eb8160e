package org.recovery.web.api;

import static org.recovery.web.api.Parse.required;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.persistence.passphrase.PassphraseHash;
import org.recovery.web.auth.Account;
import org.recovery.web.auth.LoginNames;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.Session;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * Sessions: who is logged in, log in, log out, and starting a journey with two new log-ins. A
 * wrong name and a wrong passphrase get the same answer after the same work.
 */
public final class AuthRoutes {
  private final Services services;

  private AuthRoutes(Services services) {
    this.services = services;
  }

  /** A log-in. */
  record Login(String name, String passphrase) {}

  /** One partner of a new journey, with the passphrase they chose. */
  record NewPartner(String name, String passphrase) {}

  /** A new journey. */
  record NewJourney(NewPartner first, NewPartner second, String zone) {}

  /** Registers the endpoints. */
  public static void register(RoutesConfig routes, Services services) {
    AuthRoutes r = new AuthRoutes(services);
    routes.get("/api/session", r::session);
    routes.post("/api/login", r::login);
    routes.post("/api/logout", r::logout);
    routes.post("/api/journeys", r::create);
  }

  private void session(Context ctx) {
    Optional<Session> session = services.guard().session(ctx);
    Optional<JourneyView> view = session.flatMap(
        s -> services.journeys().view(s.journey(), s.partner()));
    if (session.isEmpty() || view.isEmpty()) {
      ctx.json(Map.of("authenticated", false,
          "csrfToken", services.guard().loginCsrf(ctx)));
      return;
    }
    ctx.json(loggedIn(session.get(), view.get()));
  }

  private void login(Context ctx) {
    services.guard().requireLoginCsrf(ctx);
    Login body = Json.read(ctx.bodyAsBytes(), Login.class);
    String name = required("name", body.name());
    String passphrase = required("passphrase", body.passphrase());
    if (name.length() > 200 || !PassphraseHash.mayBeChecked(passphrase.toCharArray())) {
      throw failed();
    }
    String key = services.names().key(name);
    String address = ctx.ip();
    Optional<Duration> wait = services.logins().blocked(key, address);
    if (wait.isPresent()) {
      throw ApiError.tooManyRequests("Too many attempts to log in; wait a while and try again.",
          wait.get().toSeconds() + 1);
    }
    Optional<Account> account = services.accounts().find(key);
    boolean ok = account.isPresent()
        ? services.passphrases().check(passphrase, account.get().passphraseHash())
        : services.passphrases().checkAgainstNothing(passphrase);
    Optional<JourneyView> view = ok
        ? services.journeys().view(account.get().journey(), account.get().partner())
        : Optional.empty();
    if (view.isEmpty()) {
      services.logins().failed(key, address);
      throw failed();
    }
    services.logins().succeeded(key);
    Session session = services.guard().login(ctx,
        new Session.Holder(account.get().journey(), account.get().partner()));
    ctx.json(loggedIn(session, view.get()));
  }

  private void logout(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    services.guard().logout(ctx, session);
    ctx.status(204);
  }

  private void create(Context ctx) {
    services.guard().requireLoginCsrf(ctx);
    NewJourney body = Json.read(ctx.bodyAsBytes(), NewJourney.class);
    NewPartner first = required("first", body.first());
    NewPartner second = required("second", body.second());
    var zone = Parse.zone("zone", body.zone());
    Partner a = partner("first", first);
    Partner b = partner("second", second);
    if (LoginNames.normalize(a.name()).equals(LoginNames.normalize(b.name()))) {
      throw ApiError.badField("second.name", "The two partners need different names.");
    }
    String keyA = services.names().key(a.name());
    String keyB = services.names().key(b.name());
    if (services.accounts().find(keyA).isPresent() || services.accounts().find(keyB).isPresent()) {
      throw nameTaken();
    }
    takeSignup(services, ctx.ip());
    JourneyId journey = services.journeys().start(a, b, zone, Settings.DEFAULTS);
    boolean added = services.accounts().addAll(List.of(
        new Account(keyA, journey, a.id(), services.passphrases().hash(first.passphrase())),
        new Account(keyB, journey, b.id(), services.passphrases().hash(second.passphrase()))));
    if (!added) {
      services.journeys().delete(journey);
      services.signups().giveBack(ctx.ip());
      throw nameTaken();
    }
    Session session = services.guard().login(ctx, new Session.Holder(journey, a.id()));
    JourneyView view = services.journeys().view(journey, a.id())
        .orElseThrow(ApiError::journeyNotFound);
    ctx.status(201).json(loggedIn(session, view));
  }

  /** Takes one of the client's sign-ups, or refuses with how long to wait. */
  static void takeSignup(Services services, String address) {
    Optional<Duration> wait = services.signups().take(address);
    if (wait.isPresent()) {
      throw ApiError.tooManyRequests("Too many new journeys from here; wait a while.",
          wait.get().toSeconds() + 1);
    }
  }

  private static Partner partner(String field, NewPartner p) {
    String name = required(field + ".name", p.name());
    String problem = Passphrases.problemWith(required(field + ".passphrase", p.passphrase()));
    if (problem != null) {
      throw ApiError.badField(field + ".passphrase", problem);
    }
    return Parse.checked(field + ".name", () -> Partner.named(name));
  }

  private static Map<String, Object> loggedIn(Session session, JourneyView view) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("authenticated", true);
    out.put("journey", session.journey().toString());
    out.put("partner", ViewJson.PartnerJson.of(view.me()));
    out.put("csrfToken", session.csrfToken());
    return out;
  }

  private static ApiError failed() {
    return ApiError.of(401, "LOGIN_FAILED", "That name and passphrase do not match an account.");
  }

  private static ApiError nameTaken() {
    return ApiError.of(409, "NAME_TAKEN",
        "One of these names is already used on this server; please choose another.");
  }
}
