package org.recovery.web.api;

import static org.recovery.web.api.Parse.required;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.ProgressReport;
import org.recovery.persistence.WrongSecret;
import org.recovery.persistence.passphrase.PassphraseHash;
import org.recovery.web.auth.Account;
import org.recovery.web.auth.Credentials;
import org.recovery.web.auth.LoginNames;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.Session;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * Sessions: who is logged in, log in, log out, and starting a journey with the first partner's
 * log-in and a one-time invitation for the second. A wrong name and a wrong passphrase get the same
 * answer after the same work.
 */
public final class AuthRoutes {
  /** Why the journey is held, told only to the partner whose screening raised the concern. */
  static final String HELD_FOR_YOU =
      "Your journey is on hold because your own safety screening"
          + " shows a concern. Only you can see this; your partner sees only that the journey is on"
          + " hold, never why. Help is listed on the help screen, and the hold ends when a later"
          + " screening of yours no longer shows the concern.";

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
    Optional<JourneyView> view =
        session.flatMap(s -> services.journeys().view(s.journey(), s.partner()));
    if (session.isEmpty() || view.isEmpty()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("authenticated", false);
      out.put("csrfToken", services.guard().loginCsrf(ctx));
      services
          .guard()
          .deletedJourney(ctx)
          .ifPresent(e -> out.put("journeyDeleted", e.getMessage()));
      ctx.json(out);
      return;
    }
    Map<String, Object> out = loggedIn(session.get(), view.get());
    services
        .journeys()
        .report(session.get().journey(), session.get().partner())
        .flatMap(r -> hold(r.stage()))
        .ifPresent(h -> out.put("hold", h));
    ctx.json(out);
  }

  /**
   * While the journey is on hold: the sentence both partners see, and only for the partner whose
   * own screening holds it, that it is theirs and why.
   */
  static Optional<Map<String, Object>> hold(ProgressReport.StageSummary stage) {
    if (stage.hold().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sentence", stage.hold().get());
    out.put("heldForYourSafety", stage.heldForYourSafety());
    if (stage.heldForYourSafety()) {
      out.put("why", HELD_FOR_YOU);
    }
    return Optional.of(out);
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
      throw ApiError.tooManyRequests(
          "Too many attempts to log in; wait a while and try again.", wait.get().toSeconds() + 1);
    }
    Credentials.Check check = services.credentials().check(key, passphrase);
    if (check instanceof Credentials.Check.Deleted) {
      services.logins().succeeded(key);
      throw ApiError.journeyDeleted(false);
    }
    if (!(check instanceof Credentials.Check.Matched matched)) {
      services.logins().failed(key, address);
      throw failed();
    }
    Account account = matched.account();
    services.logins().succeeded(key);
    Opened opened = open(services, ctx, account.journey(), account.partner(), passphrase);
    Optional<JourneyView> view = services.journeys().view(account.journey(), account.partner());
    if (view.isEmpty()) {
      services.guard().logout(ctx, opened.session());
      throw failed();
    }
    Map<String, Object> out = loggedIn(opened.session(), view.get());
    opened.recoveryCode().ifPresent(c -> out.put("recoveryCode", c));
    ctx.json(out);
  }

  /** A new session with the partner's key unlocked, and their recovery code if it was made now. */
  record Opened(Session session, Optional<String> recoveryCode) {}

  /**
   * Starts {@code partner}'s session (ending the one this browser had) and unlocks their key with
   * {@code passphrase} (making it at their first log-in), as one step; if the key does not unlock,
   * the new session ends again.
   *
   * @throws ApiError if the passphrase, though it matches the log-in, does not unlock the key
   */
  static Opened open(
      Services services, Context ctx, JourneyId journey, PartnerId partner, String passphrase) {
    try {
      return services
          .keys()
          .atomically(
              () -> {
                Session session = services.guard().login(ctx, new Session.Holder(journey, partner));
                try {
                  return new Opened(session, services.keys().unlock(journey, partner, passphrase));
                } catch (RuntimeException e) {
                  services.guard().logout(ctx, session);
                  throw e;
                }
              });
    } catch (WrongSecret e) {
      throw ApiError.of(
          409,
          "KEY_NEEDS_RECOVERY",
          "Your passphrase is right, but your private entries are sealed under an earlier one."
              + " Use \"I forgot my passphrase\" with your recovery code to set it again. Nothing"
              + " was changed.");
    }
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
    if (second.passphrase() != null) {
      throw ApiError.badField(
          "second.passphrase",
          "Your partner chooses their own passphrase"
              + " when they join with the invitation; leave their passphrase out.");
    }
    String secondName = required("second.name", second.name());
    Partner b = Parse.checked("second.name", () -> Partner.named(secondName));
    if (LoginNames.normalize(a.name()).equals(LoginNames.normalize(b.name()))) {
      throw ApiError.badField("second.name", "The two partners need different names.");
    }
    String keyA = services.names().key(a.name());
    String keyB = services.names().key(b.name());
    if (services.accounts().taken(keyA) || services.accounts().taken(keyB)) {
      throw nameTaken();
    }
    takeSignup(services, ctx.ip());
    JourneyId journey = JourneyId.random();
    Opened opened = open(services, ctx, journey, a.id(), first.passphrase());
    boolean added = false;
    try {
      services.journeys().start(journey, a, b, zone, Settings.DEFAULTS);
      InvitationRoutes.Issued issued =
          InvitationRoutes.issue(services, journey, b.id(), keyB, a.id());
      added =
          services
              .accounts()
              .addWithInvitation(
                  services.credentials().newAccount(keyA, journey, a.id(), first.passphrase()),
                  issued.invitation());
      if (!added) {
        throw nameTaken();
      }
      JourneyView view =
          services.journeys().view(journey, a.id()).orElseThrow(ApiError::journeyNotFound);
      Map<String, Object> out = loggedIn(opened.session(), view);
      out.put("invitation", issued.json());
      opened.recoveryCode().ifPresent(c -> out.put("recoveryCode", c));
      ctx.status(201).json(out);
    } finally {
      if (!added) {
        services.guard().logout(ctx, opened.session());
        services.journeys().delete(journey);
        services.keys().lockUnlessLive(journey, a.id());
        services.signups().giveBack(ctx.ip());
      }
    }
  }

  /** Takes one of the client's sign-ups, or refuses with how long to wait. */
  static void takeSignup(Services services, String address) {
    Optional<Duration> wait = services.signups().take(address);
    if (wait.isPresent()) {
      throw ApiError.tooManyRequests(
          "Too many new journeys from here; wait a while.", wait.get().toSeconds() + 1);
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

  static Map<String, Object> loggedIn(Session session, JourneyView view) {
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
    return ApiError.of(
        409,
        "NAME_TAKEN",
        "One of these names is already used on this server; please choose another.");
  }
}
