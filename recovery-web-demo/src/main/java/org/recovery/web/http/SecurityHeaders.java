package org.recovery.web.http;

import io.javalin.http.Context;

/**
 * The headers every response carries: a strict Content-Security-Policy (scripts and styles only
 * from this server, no inline script, no framing), no MIME sniffing, no referrer, no caching.
 */
public final class SecurityHeaders {
  /** The Content-Security-Policy of every response. */
  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
      "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'");

  private SecurityHeaders() {}

  /** Adds the headers to the response of {@code ctx}; {@code tls} adds HSTS. */
  public static void apply(Context ctx, boolean tls) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Pragma", "no-cache");
    if (tls) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
