package org.recovery.persistence.instrument;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of a questionnaire folder cannot be used: it is not a valid definition, or it defines an
 * id and version that another definition has differently. The message is {@code <file>: <what is
 * wrong>}; for a broken document, {@link #formatError} gives the path in the file.
 *
 * <p>Unchecked, and an {@link IllegalArgumentException}, like the format errors it carries.
 */
public final class InstrumentFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final InstrumentFormatException formatError;

  InstrumentFileException(Path file, InstrumentFormatException formatError) {
    super(Objects.requireNonNull(file, "file") + ": " + formatError.getMessage(), formatError);
    this.file = file;
    this.formatError = formatError;
  }

  InstrumentFileException(Path file, String conflict) {
    super(Objects.requireNonNull(file, "file") + ": " + conflict);
    this.file = file;
    this.formatError = null;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** What is wrong, without the file: the format error's path and rule, or the conflict. */
  public String problem() {
    return getMessage().substring(file.toString().length() + 2);
  }

  /** The format error, when the file is not a valid definition. */
  public Optional<InstrumentFormatException> formatError() {
    return Optional.ofNullable(formatError);
  }
}
