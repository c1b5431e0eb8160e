package org.recovery.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards the rest of a request body the server refuses without reading it (too large,
 * not JSON, no session, no CSRF token), so that the client, which may still be sending it, gets to
 * read the answer. A server that answers and closes while the client is still writing leaves unread
 * bytes in its socket; closing such a socket resets the connection, and the reset can destroy the
 * answer before the client reads it (the client then sees the connection end with no answer at
 * all). Draining is bounded by {@link #SWALLOW_BYTES}: a body larger than that is not read, and its
 * sender may see the connection reset instead of the answer.
 */
public final class RefusedBodies {
  /** The most of a refused body that is read before the connection is closed: 1 MiB. */
  public static final long SWALLOW_BYTES = 1024 * 1024;

  private RefusedBodies() {}

  /**
   * Reads what is left of the request body and discards it, up to {@link #SWALLOW_BYTES} in all.
   * Does nothing when the declared length is already over that bound.
   */
  public static void drain(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > SWALLOW_BYTES) {
      return;
    }
    byte[] buffer = new byte[8192];
    long read = 0;
    try {
      InputStream in = ctx.req().getInputStream();
      for (int n = in.read(buffer); n >= 0 && read <= SWALLOW_BYTES; n = in.read(buffer)) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // The client stopped sending or the body was closed: there is nothing left to drain.
    }
  }
}
