package org.recovery.web.api;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.recovery.core.journey.JourneyCommand;

/**
 * One state-changing endpoint under {@code /api/journeys/{journey}}: its path, the JSON body it
 * takes, and how body and path become a core command.
 *
 * @param path the path below the journey, e.g. {@code /commitments/{commitment}/accept}
 * @param body the body's type
 * @param creates whether the command creates something (the answer is 201 with its id)
 * @param converter builds the command
 * @param <B> the body's type
 */
public record CommandRoute<B>(String path, Class<B> body, boolean creates, Converter<B> converter) {

  /** Validates the route. */
  public CommandRoute {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(converter, "converter must not be null");
  }

  /** A route that changes something existing. */
  static <B> CommandRoute<B> change(String path, Class<B> body, Converter<B> converter) {
    return new CommandRoute<>(path, body, false, converter);
  }

  /** A route that creates something. */
  static <B> CommandRoute<B> create(String path, Class<B> body, Converter<B> converter) {
    return new CommandRoute<>(path, body, true, converter);
  }

  /** Turns a body and the path's parameters into a command. */
  @FunctionalInterface
  public interface Converter<B> {
    /** The command, and the id of what it creates (or null). */
    Built build(B body, UnaryOperator<String> pathParams);
  }

  /**
   * A built command.
   *
   * @param command the command
   * @param createdId the id of what it creates, or null
   */
  public record Built(JourneyCommand command, String createdId) {
    static Built of(JourneyCommand command) {
      return new Built(command, null);
    }
  }

  /** A body with no fields: {@code {}} or nothing. */
  public record Empty() {}
}
