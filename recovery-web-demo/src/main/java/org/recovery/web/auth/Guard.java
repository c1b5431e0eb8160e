package org.recovery.web.auth;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.web.http.ApiError;

/**
 * Cookies, sessions and CSRF checks of a request. The session cookie is HttpOnly, SameSite=Strict,
 * path {@code /}, and Secure when the server is reached over TLS. Before login, a double-submit
 * token (cookie {@value #CSRF_COOKIE} repeated in header {@value #CSRF_HEADER}) guards the log-in
 * and sign-up forms; after login the session's own token does.
 */
public final class Guard {
  /** The session cookie. */
  public static final String SESSION_COOKIE = "recovery_session";

  /** The cookie of the pre-login CSRF token. */
  public static final String CSRF_COOKIE = "recovery_csrf";

  /** The header every state-changing request repeats its CSRF token in. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private final Sessions sessions;
  private final boolean alwaysSecure;

  /**
   * A guard over {@code sessions}.
   *
   * @param alwaysSecure mark cookies Secure even on plain HTTP, for a server behind a
   *     TLS-terminating proxy
   */
  public Guard(Sessions sessions, boolean alwaysSecure) {
    this.sessions = Objects.requireNonNull(sessions, "sessions must not be null");
    this.alwaysSecure = alwaysSecure;
  }

  /** Whether the request came over TLS (or the server is told it always does). */
  public boolean tls(Context ctx) {
    return alwaysSecure || "https".equalsIgnoreCase(ctx.scheme());
  }

  /** The request's live session, if any. */
  public Optional<Session> session(Context ctx) {
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /**
   * The request's live session.
   *
   * @throws ApiError 410 if it ended because its journey was deleted, 401 without one
   */
  public Session requireSession(Context ctx) {
    Optional<Session> session = session(ctx);
    if (session.isPresent()) {
      return session.get();
    }
    Optional<ApiError> deleted = deletedJourney(ctx);
    if (deleted.isPresent()) {
      throw deleted.get();
    }
    throw ApiError.notLoggedIn();
  }

  /** The answer for a request whose session ended because its journey was deleted, if so. */
  public Optional<ApiError> deletedJourney(Context ctx) {
    return sessions
        .endedByDeletion(ctx.cookie(SESSION_COOKIE))
        .map(e -> ApiError.journeyDeleted(e.byThisPartner()));
  }

  /** Ends the partner's other sessions, keeping this one (after a new passphrase). */
  public int endOtherSessions(Session session) {
    return sessions.endOthers(session.journey(), session.partner(), session.id());
  }

  /** Ends every session of the deleted journey and drops this request's cookie. */
  public void endJourney(Context ctx, Session session) {
    sessions.endJourney(session.journey(), session.partner());
    setCookie(ctx, SESSION_COOKIE, "", 0);
  }

  /** Checks the session's CSRF token and the origin. @throws ApiError 403 */
  public void requireCsrf(Context ctx, Session session) {
    requireSameOrigin(ctx);
    if (!same(ctx.header(CSRF_HEADER), session.csrfToken())) {
      throw ApiError.csrf();
    }
  }

  /**
   * Checks the pre-login token against its cookie (or, for a browser still logged in, its session's
   * token), and the origin. @throws ApiError 403
   */
  public void requireLoginCsrf(Context ctx) {
    requireSameOrigin(ctx);
    Optional<Session> current = session(ctx);
    if (current.isPresent() && same(ctx.header(CSRF_HEADER), current.get().csrfToken())) {
      return;
    }
    String cookie = ctx.cookie(CSRF_COOKIE);
    if (cookie == null || cookie.length() < 32 || !same(ctx.header(CSRF_HEADER), cookie)) {
      throw ApiError.csrf();
    }
  }

  /** The pre-login token of this browser, set as a cookie if it has none. */
  public String loginCsrf(Context ctx) {
    String cookie = ctx.cookie(CSRF_COOKIE);
    if (cookie != null && cookie.matches("[A-Za-z0-9_-]{43}")) {
      return cookie;
    }
    String token = Sessions.newToken();
    setCookie(ctx, CSRF_COOKIE, token, -1);
    return token;
  }

  /** The journey in the path, if it is the session's. @throws ApiError 404 otherwise */
  public JourneyId requireJourney(Context ctx, Session session) {
    String text = ctx.pathParam("journey");
    if (!session.journey().toString().equals(text)) {
      throw ApiError.journeyNotFound();
    }
    return session.journey();
  }

  /** Starts a session, ending the one the request came with: a new id at every login. */
  public Session login(Context ctx, Session.Holder holder) {
    sessions.end(ctx.cookie(SESSION_COOKIE));
    Session session = sessions.start(holder.journey(), holder.partner());
    setCookie(ctx, SESSION_COOKIE, session.id(), -1);
    return session;
  }

  /** Ends the session on the server and tells the browser to drop its cookie. */
  public void logout(Context ctx, Session session) {
    sessions.end(session.id());
    setCookie(ctx, SESSION_COOKIE, "", 0);
  }

  private void setCookie(Context ctx, String name, String value, int maxAge) {
    StringBuilder c =
        new StringBuilder(name)
            .append('=')
            .append(value)
            .append("; Path=/; HttpOnly; SameSite=Strict");
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    if (tls(ctx)) {
      c.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", c.toString());
  }

  private static void requireSameOrigin(Context ctx) {
    if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
      throw ApiError.csrf();
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String host = ctx.header("Host");
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      if (authority == null || host == null || !authority.equalsIgnoreCase(host)) {
        throw ApiError.csrf();
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.csrf();
    }
  }

  private static boolean same(String given, String expected) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
