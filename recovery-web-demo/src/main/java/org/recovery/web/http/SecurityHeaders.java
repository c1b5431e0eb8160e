package org.recovery.web.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries: a strict Content-Security-Policy (scripts and styles only
 * from this server, no inline script, no framing), no MIME sniffing, no referrer, no caching
 * (except of content-hashed files, see {@link Assets}).
 */
public final class SecurityHeaders {
  /** The Content-Security-Policy of every response. */
  public static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self'",
          "connect-src 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
          "base-uri 'none'");

  private SecurityHeaders() {}

  /** Adds the headers to the response of {@code ctx}; {@code tls} adds HSTS. */
  public static void apply(Context ctx, boolean tls) {
    all(tls).forEach(ctx::header);
  }

  /**
   * Adds the headers but those that forbid caching, for a file whose name changes with its content
   * ({@link Assets}); its handler sets the Cache-Control.
   */
  public static void applyToHashedFile(Context ctx, boolean tls) {
    all(tls)
        .forEach(
            (name, value) -> {
              if (!name.equals("Cache-Control") && !name.equals("Pragma")) {
                ctx.header(name, value);
              }
            });
  }

  /** The headers, by name, in the order they are sent; {@code tls} adds HSTS. */
  public static Map<String, String> all(boolean tls) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    headers.put("Cross-Origin-Resource-Policy", "same-origin");
    headers.put(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    headers.put("Cache-Control", "no-store");
    headers.put("Pragma", "no-cache");
    if (tls) {
      headers.put("Strict-Transport-Security", "max-age=31536000");
    }
    return headers;
  }
}
