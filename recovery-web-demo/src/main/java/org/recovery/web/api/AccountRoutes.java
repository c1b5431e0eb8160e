package org.recovery.web.api;

import static org.recovery.web.api.Parse.required;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyView;
import org.recovery.persistence.passphrase.PassphraseHash;
import org.recovery.web.auth.Account;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.Session;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * A partner's own account: a new passphrase ({@code POST /api/passphrase}, which ends their other
 * sessions), a download of the journey as they see it ({@code GET /api/journeys/{journey}/export})
 * and deleting the journey for both ({@code POST /api/journeys/{journey}/delete}, which needs the
 * typed phrase {@value #DELETE_PHRASE}).
 */
public final class AccountRoutes {
  /** What a partner types to confirm deleting the journey (case and spacing do not matter). */
  public static final String DELETE_PHRASE = "delete our journey";

  /** The format name of an export. */
  public static final String EXPORT_FORMAT = "recovery-web-export/1";

  private final Services services;

  private AccountRoutes(Services services) {
    this.services = services;
  }

  /** A new passphrase, with the current one. */
  record NewPassphrase(String current, String next) {}

  /** Deleting the journey: the phrase the partner typed. */
  record Deletion(String confirmation) {}

  /** Registers the endpoints. */
  public static void register(RoutesConfig routes, Services services) {
    AccountRoutes r = new AccountRoutes(services);
    routes.post("/api/passphrase", r::changePassphrase);
    routes.get(JourneyRoutes.PREFIX + "/export", r::export);
    routes.post(JourneyRoutes.PREFIX + "/delete", r::delete);
  }

  private void changePassphrase(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    NewPassphrase body = Json.read(ctx.bodyAsBytes(), NewPassphrase.class);
    String current = required("current", body.current());
    String next = required("next", body.next());
    Account account =
        services
            .accounts()
            .find(session.journey(), session.partner())
            .orElseThrow(ApiError::notLoggedIn);
    String address = ctx.ip();
    Optional<Duration> wait = services.logins().blocked(account.nameKey(), address);
    if (wait.isPresent()) {
      throw ApiError.tooManyRequests(
          "Too many wrong passphrases; wait a while and try again.", wait.get().toSeconds() + 1);
    }
    if (!PassphraseHash.mayBeChecked(current.toCharArray())
        || !services.credentials().matches(account, current)) {
      services.logins().failed(account.nameKey(), address);
      throw ApiError.of(
          403,
          "WRONG_PASSPHRASE",
          "Your current passphrase is not the one you" + " typed. Nothing was changed.");
    }
    String problem = Passphrases.problemWith(next);
    if (problem != null) {
      throw ApiError.badField("next", problem);
    }
    if (next.equals(current)) {
      throw ApiError.badField("next", "The new passphrase is the same as the current one.");
    }
    if (!services.credentials().change(account, next)) {
      throw ApiError.notLoggedIn();
    }
    int ended = services.guard().endOtherSessions(session);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("changed", true);
    out.put("otherSessionsEnded", ended);
    ctx.json(out);
  }

  private void export(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    JourneyView view =
        services.journeys().view(journey, session.partner()).orElseThrow(ApiError::journeyNotFound);
    Instant now = services.clock().instant();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", EXPORT_FORMAT);
    out.put("exportedAt", now.toString());
    out.put(
        "about",
        "Your journey as you see it: everything shared by either of you, and what"
            + " only you can see. Your partner's private entries are not in it.");
    out.put("journey", ViewJson.of(view, now, Integer.MAX_VALUE));
    List<Map<String, Object>> events =
        view.events().stream()
            .map(
                e -> {
                  Map<String, Object> one = new LinkedHashMap<>();
                  one.put("type", e.getClass().getSimpleName());
                  one.put("event", e);
                  return one;
                })
            .toList();
    out.put("events", events);
    String day = view.state().dayOf(now).toString();
    ctx.header("Content-Disposition", "attachment; filename=\"recovery-journey-" + day + ".json\"");
    ctx.json(out);
  }

  private void delete(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    Deletion body = Json.read(ctx.bodyAsBytes(), Deletion.class);
    String typed = required("confirmation", body.confirmation());
    if (!typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(DELETE_PHRASE)) {
      throw ApiError.badField(
          "confirmation",
          "To delete the journey, type the words \""
              + DELETE_PHRASE
              + "\" exactly. Nothing was deleted.");
    }
    services.journeys().delete(journey);
    services.reports().forget(journey);
    services.credentials().forgetJourney(journey);
    services.guard().endJourney(ctx, session);
    ctx.json(
        Map.of(
            "deleted",
            true,
            "message",
            "Your journey is deleted. Everything in it is"
                + " gone for both of you, and both log-ins have stopped working."));
  }
}
