package org.recovery.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;
import org.recovery.core.spi.ConcurrencyConflict;
import org.recovery.core.spi.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a JSON error. Answers to bad input are never logged. An unexpected
 * failure is logged with an incident id, its exception type and stack frames only, never its
 * message, since a message may quote what a partner wrote. Repeats of one failure are counted, not
 * logged each time (see {@link RepeatedFailures}).
 */
public final class ErrorHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

  private ErrorHandlers() {}

  /** Registers the handlers on {@code routes}. */
  public static void register(RoutesConfig routes) {
    register(routes, Clock.systemUTC());
  }

  /** Registers the handlers on {@code routes}, counting repeated failures by {@code clock}. */
  public static void register(RoutesConfig routes, Clock clock) {
    RepeatedFailures repeated = new RepeatedFailures(clock);
    routes.exception(ApiError.class, (e, ctx) -> write(ctx, e));
    routes.exception(
        ConcurrencyConflict.class,
        (e, ctx) ->
            write(
                ctx,
                ApiError.of(
                    409,
                    "CONCURRENT_CHANGE",
                    "Your partner changed the journey at the same moment; try again.")));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
    routes.exception(
        StorageException.class,
        (e, ctx) -> {
          if (String.valueOf(e.getMessage()).contains("is locked")) {
            write(ctx, ApiError.journeyLocked());
          } else {
            unexpected(repeated, e, ctx);
          }
        });
    routes.exception(Exception.class, (e, ctx) -> unexpected(repeated, e, ctx));
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            write(ctx, ApiError.of(404, "NOT_FOUND", "There is nothing at this address."));
          }
        });
    routes.error(
        405,
        ctx ->
            write(
                ctx,
                ApiError.of(405, "METHOD_NOT_ALLOWED", "This address does not take that method.")));
  }

  private static void unexpected(RepeatedFailures repeated, Exception e, Context ctx) {
    String incident = UUID.randomUUID().toString();
    OptionalLong unlogged = repeated.note(e);
    if (unlogged.isPresent()) {
      LOG.error(
          "incident {}: unexpected {}{}{}",
          incident,
          e.getClass().getName(),
          unlogged.getAsLong() == 0
              ? ""
              : " (the same failure happened "
                  + unlogged.getAsLong()
                  + " more times since it was last logged)",
          frames(e));
    } else {
      LOG.debug("incident {}: the same unexpected {} again", incident, e.getClass().getName());
    }
    write(
        ctx,
        ApiError.of(
            500,
            "INTERNAL_ERROR",
            "Something went wrong on the server (incident " + incident + ")."));
  }

  /**
   * Writes {@code error} as the response, after reading what is left of the request body (see
   * {@link RefusedBodies}).
   */
  public static void write(Context ctx, ApiError error) {
    RefusedBodies.drain(ctx);
    ctx.status(error.status());
    error.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Long.toString(s)));
    ctx.json(ErrorBody.of(error));
  }

  private static ApiError fromJavalin(HttpResponseException e) {
    int status = e.getStatus();
    return switch (status) {
      case 413 -> ApiError.of(413, "BODY_TOO_LARGE", "The request body is too large.");
      case 404 -> ApiError.of(404, "NOT_FOUND", "There is nothing at this address.");
      case 405 -> ApiError.of(405, "METHOD_NOT_ALLOWED", "This address does not take that method.");
      case 415 -> ApiError.of(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
      default ->
          status >= 400 && status < 500
              ? ApiError.of(status, "BAD_REQUEST", "The request could not be understood.")
              : ApiError.of(status, "SERVER_ERROR", "The server could not answer this request.");
    };
  }

  private static String frames(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t != e) {
        out.append("\n  caused by ").append(t.getClass().getName());
      }
      StackTraceElement[] trace = t.getStackTrace();
      for (int i = 0; i < Math.min(trace.length, 12); i++) {
        out.append("\n    at ").append(trace[i]);
      }
    }
    return out.toString();
  }
}
