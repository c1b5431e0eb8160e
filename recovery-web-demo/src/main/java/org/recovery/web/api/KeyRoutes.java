package org.recovery.web.api;

import static org.recovery.web.api.Parse.required;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.journey.JourneyView;
import org.recovery.persistence.RecoveryCode;
import org.recovery.persistence.WrongSecret;
import org.recovery.persistence.passphrase.PassphraseHash;
import org.recovery.web.auth.Account;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.Session;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * A partner's own key: a new passphrase set with the recovery code when the old one is forgotten
 * ({@code POST /api/recover}, which logs them in and answers a new code once), and destroying the
 * key of their private entries for good ({@code POST /api/private-entries/forget}, which needs
 * their passphrase and the typed phrase {@value #FORGET_PHRASE}). Wrong codes and passphrases count
 * against the name and address like failed log-ins.
 */
public final class KeyRoutes {
  /** What a partner types to confirm destroying their private entries. */
  public static final String FORGET_PHRASE = "delete my private entries";

  private final Services services;

  private KeyRoutes(Services services) {
    this.services = services;
  }

  /** A forgotten passphrase: the log-in name, the recovery code, and the new passphrase. */
  record Recovery(String name, String code, String passphrase) {}

  /** Destroying the private entries: the passphrase and the typed phrase. */
  record Forget(String passphrase, String confirmation) {}

  /** Registers the endpoints. */
  public static void register(RoutesConfig routes, Services services) {
    KeyRoutes r = new KeyRoutes(services);
    routes.post("/api/recover", r::recover);
    routes.post("/api/private-entries/forget", r::forget);
  }

  private void recover(Context ctx) {
    services.guard().requireLoginCsrf(ctx);
    Recovery body = Json.read(ctx.bodyAsBytes(), Recovery.class);
    String name = required("name", body.name());
    String typed = required("code", body.code());
    String passphrase = required("passphrase", body.passphrase());
    RecoveryCode code;
    try {
      code = RecoveryCode.parse(typed);
    } catch (IllegalArgumentException e) {
      throw ApiError.badField("code", e.getMessage() + " Nothing was changed.");
    }
    String problem = Passphrases.problemWith(passphrase);
    if (problem != null) {
      throw ApiError.badField("passphrase", problem);
    }
    String key = services.names().key(name.length() > 200 ? name.substring(0, 200) : name);
    String address = ctx.ip();
    Optional<Duration> wait = services.logins().blocked(key, address);
    if (wait.isPresent()) {
      throw ApiError.tooManyRequests(
          "Too many attempts; wait a while and try again.", wait.get().toSeconds() + 1);
    }
    Optional<Account> account =
        services.accounts().find(key).filter(a -> services.keys().hasKey(a.journey(), a.partner()));
    if (account.isEmpty()) {
      services.logins().failed(key, address);
      throw noMatch();
    }
    Account a = account.get();
    AuthRoutes.Opened opened;
    try {
      opened =
          services
              .keys()
              .atomically(
                  () -> {
                    Session session =
                        services.guard().login(ctx, new Session.Holder(a.journey(), a.partner()));
                    try {
                      String next =
                          services.keys().recover(a.journey(), a.partner(), code, passphrase);
                      services.credentials().change(a, passphrase);
                      services.guard().endOtherSessions(session);
                      return new AuthRoutes.Opened(session, Optional.of(next));
                    } catch (RuntimeException e) {
                      services.guard().logout(ctx, session);
                      throw e;
                    }
                  });
    } catch (WrongSecret e) {
      services.logins().failed(key, address);
      throw noMatch();
    }
    services.logins().succeeded(key);
    JourneyView view =
        services.journeys().view(a.journey(), a.partner()).orElseThrow(ApiError::journeyNotFound);
    Map<String, Object> out = AuthRoutes.loggedIn(opened.session(), view);
    out.put("recoveryCode", opened.recoveryCode().orElseThrow());
    ctx.json(out);
  }

  private void forget(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    Forget body = Json.read(ctx.bodyAsBytes(), Forget.class);
    String passphrase = required("passphrase", body.passphrase());
    String typed = required("confirmation", body.confirmation());
    if (!typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(FORGET_PHRASE)) {
      throw ApiError.badField(
          "confirmation",
          "To delete your private entries, type the words \""
              + FORGET_PHRASE
              + "\" exactly. Nothing was deleted.");
    }
    if (!services.keys().seals()) {
      throw ApiError.of(
          409,
          "NOTHING_SEALED",
          "This server keeps no private entries under a key of yours. Nothing was deleted.");
    }
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
    if (!PassphraseHash.mayBeChecked(passphrase.toCharArray())
        || !services.credentials().matches(account, passphrase)) {
      services.logins().failed(account.nameKey(), address);
      throw wrongPassphrase();
    }
    Optional<String> next;
    try {
      next = services.keys().forget(session.journey(), session.partner(), passphrase);
    } catch (WrongSecret e) {
      throw wrongPassphrase();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("forgotten", true);
    out.put(
        "message",
        "Your private entries are deleted for good: nobody can open them again, not even from a"
            + " backup. Your partner is not told. What you write from now on is sealed under a new"
            + " key.");
    next.ifPresent(c -> out.put("recoveryCode", c));
    ctx.json(out);
  }

  private static ApiError noMatch() {
    return ApiError.of(
        401,
        "RECOVERY_FAILED",
        "That name and recovery code do not match. Check the code character by character."
            + " Nothing was changed.");
  }

  private static ApiError wrongPassphrase() {
    return ApiError.of(
        403, "WRONG_PASSPHRASE", "That is not your passphrase. Nothing was deleted.");
  }
}
