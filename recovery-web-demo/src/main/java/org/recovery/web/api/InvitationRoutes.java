package org.recovery.web.api;

import static org.recovery.web.api.Parse.required;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.spi.StorageException;
import org.recovery.web.auth.Account;
import org.recovery.web.auth.Invitation;
import org.recovery.web.auth.InvitationCodes;
import org.recovery.web.auth.Passphrases;
import org.recovery.web.auth.Session;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * The second partner's invitation: its state and a new one for the first partner ({@code GET} and
 * {@code POST /api/journeys/{journey}/invitation}), withdrawing it ({@code …/invitation/revoke}),
 * and joining with its code ({@code POST /api/invitations/accept}). A code works once, for {@link
 * InvitationCodes#LIFETIME}; a wrong, expired or used code changes nothing and counts against the
 * address like a failed log-in.
 */
public final class InvitationRoutes {
  private final Services services;

  private InvitationRoutes(Services services) {
    this.services = services;
  }

  /** Joining: the code as given and the passphrase the new partner chooses. */
  record Accept(String code, String passphrase) {}

  /** A new invitation with its code, which exists only in this answer. */
  record Issued(Invitation invitation, String code) {
    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("code", code);
      out.put("link", "/#join=" + code);
      out.put("expires", invitation.expires().toString());
      return out;
    }
  }

  /** Registers the endpoints. */
  public static void register(RoutesConfig routes, Services services) {
    InvitationRoutes r = new InvitationRoutes(services);
    routes.get(JourneyRoutes.PREFIX + "/invitation", r::state);
    routes.post(JourneyRoutes.PREFIX + "/invitation", r::renew);
    routes.post(JourneyRoutes.PREFIX + "/invitation/revoke", r::revoke);
    routes.post("/api/invitations/accept", r::accept);
  }

  /** A new invitation (not yet stored) for {@code partner} of {@code journey}. */
  static Issued issue(
      Services services, JourneyId journey, PartnerId partner, String nameKey, PartnerId by) {
    String code = InvitationCodes.newCode();
    Instant expires = services.clock().instant().plus(InvitationCodes.LIFETIME);
    return new Issued(
        new Invitation(
            InvitationCodes.hash(InvitationCodes.canonical(code)),
            journey,
            partner,
            nameKey,
            by,
            expires,
            Optional.empty()),
        code);
  }

  private void state(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    Map<String, Object> out = new LinkedHashMap<>();
    JourneyView view = view(session);
    if (services.accounts().find(journey, view.partner().id()).isPresent()) {
      out.put("state", "JOINED");
    } else {
      Optional<Invitation> invitation =
          services.accounts().invitationOf(journey).filter(i -> i.used().isEmpty());
      if (invitation.isEmpty()) {
        out.put("state", "NONE");
      } else {
        out.put(
            "state",
            invitation.get().expiredAt(services.clock().instant()) ? "EXPIRED" : "PENDING");
        out.put("expires", invitation.get().expires().toString());
      }
    }
    out.put("partnerName", view.partner().name());
    ctx.json(out);
  }

  private void renew(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    Json.read(ctx.bodyAsBytes(), CommandRoute.Empty.class);
    JourneyView view = view(session);
    PartnerId invitee = view.partner().id();
    if (services.accounts().find(journey, invitee).isPresent()) {
      throw joined();
    }
    String nameKey = services.names().key(view.partner().name());
    Issued issued = issue(services, journey, invitee, nameKey, session.partner());
    if (!services.accounts().invite(issued.invitation())) {
      throw ApiError.of(
          409,
          "NAME_TAKEN",
          "Your partner's name is now used by another log-in on"
              + " this server, so an invitation for it cannot be made.");
    }
    ctx.status(201).json(issued.json());
  }

  private void revoke(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    Json.read(ctx.bodyAsBytes(), CommandRoute.Empty.class);
    if (!services.accounts().revoke(journey)) {
      throw ApiError.of(404, "NO_INVITATION", "There is no open invitation to withdraw.");
    }
    ctx.json(Map.of("revoked", true));
  }

  private void accept(Context ctx) {
    services.guard().requireLoginCsrf(ctx);
    Accept body = Json.read(ctx.bodyAsBytes(), Accept.class);
    String typed = required("code", body.code());
    String passphrase = required("passphrase", body.passphrase());
    String canonical = InvitationCodes.canonical(typed);
    String hash = InvitationCodes.hash(canonical.isEmpty() ? typed : canonical);
    String address = ctx.ip();
    Optional<Duration> wait = services.invitationGuesses().blocked(hash, address);
    if (wait.isPresent()) {
      throw ApiError.tooManyRequests(
          "Too many invitation codes were tried from here; wait a" + " while and try again.",
          wait.get().toSeconds() + 1);
    }
    Instant now = services.clock().instant();
    Optional<Invitation> found =
        canonical.isEmpty() ? Optional.empty() : services.accounts().invitation(hash);
    if (found.isEmpty() || found.get().used().isPresent() || found.get().expiredAt(now)) {
      services.invitationGuesses().failed(hash, address);
      throw refused(found, now);
    }
    String problem = Passphrases.problemWith(passphrase);
    if (problem != null) {
      throw ApiError.badField("passphrase", problem);
    }
    Invitation invitation = found.get();
    Account account =
        services
            .credentials()
            .newAccount(
                invitation.nameKey(), invitation.journey(), invitation.partner(), passphrase);
    Optional<JourneyView> view = readable(invitation);
    if (view.isEmpty() || !services.accounts().join(invitation, account, now)) {
      throw refused(services.accounts().invitation(hash), now);
    }
    services.invitationGuesses().succeeded(hash);
    AuthRoutes.Opened opened =
        AuthRoutes.open(services, ctx, invitation.journey(), invitation.partner(), passphrase);
    Map<String, Object> out =
        AuthRoutes.loggedIn(
            opened.session(),
            services
                .journeys()
                .view(invitation.journey(), invitation.partner())
                .orElseThrow(ApiError::journeyNotFound));
    out.put("loginName", view.get().me().name());
    opened.recoveryCode().ifPresent(c -> out.put("recoveryCode", c));
    ctx.status(201).json(out);
  }

  /**
   * The invited partner's view, read before anything changes; refused while the journey is sealed
   * and nobody who holds its key is logged in (their key could not be added to it yet).
   */
  private Optional<JourneyView> readable(Invitation invitation) {
    try {
      return services.journeys().view(invitation.journey(), invitation.partner());
    } catch (StorageException e) {
      if (!String.valueOf(e.getMessage()).contains("is locked")) {
        throw e;
      }
      throw ApiError.of(
          409,
          "JOURNEY_LOCKED",
          "Your journey is sealed with your partner's key, and they are not logged in right now,"
              + " so your own key cannot be added to it yet. Ask them to log in, then use the same"
              + " invitation again. Nothing was changed.");
    }
  }

  private JourneyView view(Session session) {
    return services
        .journeys()
        .view(session.journey(), session.partner())
        .orElseThrow(ApiError::journeyNotFound);
  }

  private static ApiError refused(Optional<Invitation> found, Instant now) {
    String nothing = " Nothing was changed.";
    if (found.isPresent() && found.get().used().isPresent()) {
      return ApiError.of(
          410,
          "INVITATION_USED",
          "This invitation has already been used to join."
              + " If that was not you, tell your partner."
              + nothing);
    }
    if (found.isPresent() && found.get().expiredAt(now)) {
      return ApiError.of(
          410,
          "INVITATION_EXPIRED",
          "This invitation has expired. Ask your"
              + " partner to make a new one in their settings."
              + nothing);
    }
    return ApiError.of(
        404,
        "INVITATION_NOT_FOUND",
        "No open invitation has this code. Check it"
            + " character by character, or ask your partner for a new one."
            + nothing);
  }

  private static ApiError joined() {
    return ApiError.of(
        409,
        "PARTNER_JOINED",
        "Your partner has already joined with their own log-in; there is nobody left to invite.");
  }
}
