package org.recovery.cli;

/**
 * Why a command stopped, with the exit code that says so: a rule refused it (1), the arguments were
 * wrong (2), or the data could not be read or written (3). The message is for the person at the
 * terminal; it never holds what a partner wrote.
 */
final class CliFailure extends RuntimeException {
  /** A domain rule (or a rule of this app) refused; the message is the rule's sentence. */
  static final int REFUSED = 1;

  /** The arguments were wrong; a line naming the command's {@code --help} follows the message. */
  static final int USAGE = 2;

  /** The database, a key, the credentials or a file could not be read or written. */
  static final int STORAGE = 3;

  private final int exitCode;

  private CliFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A refusal by a rule, with its sentence. */
  static CliFailure refused(String sentence) {
    return new CliFailure(REFUSED, sentence, null);
  }

  /** A problem with the arguments. */
  static CliFailure usage(String problem) {
    return new CliFailure(USAGE, problem, null);
  }

  /** A problem with the arguments found by a check that threw. */
  static CliFailure usage(String problem, Throwable cause) {
    return new CliFailure(USAGE, problem, cause);
  }

  /** A storage or file problem. */
  static CliFailure storage(String problem, Throwable cause) {
    return new CliFailure(STORAGE, problem, cause);
  }

  /** The exit code: {@link #REFUSED}, {@link #USAGE} or {@link #STORAGE}. */
  int exitCode() {
    return exitCode;
  }
}
