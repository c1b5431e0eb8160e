package org.recovery.web.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers — to requests it refuses before the application sees them (an ambiguous
 * path such as {@code /..;/}, an encoded NUL, {@code CONNECT}, an unknown HTTP version) — with the
 * same {@link SecurityHeaders} as every other answer, and without stack traces.
 */
public final class SecureErrorPages extends ErrorHandler {
  /** An error handler to set on the Jetty server. */
  public SecureErrorPages() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.all(request.isSecure()).forEach(response.getHeaders()::put);
    return super.handle(request, response, callback);
  }
}
