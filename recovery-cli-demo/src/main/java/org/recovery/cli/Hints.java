package org.recovery.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command lines the output suggests, with the options in use repeated: a hint after {@code
 * start --db FILE} says {@code recovery status --as NAME --db FILE}, so that following it reaches
 * the same database and the same journey.
 */
final class Hints {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+,@%-]+");

  private final String suffix;

  private Hints(String suffix) {
    this.suffix = suffix;
  }

  /** The hints for the {@code --db} and {@code --journey} that {@code root} was given. */
  static Hints of(RecoveryCommand root) {
    return of(root, root.journeyOption());
  }

  /** The hints for the {@code --db} that {@code root} was given and {@code journey}, if any. */
  static Hints of(RecoveryCommand root, Optional<String> journey) {
    StringBuilder suffix = new StringBuilder();
    root.databaseText().ifPresent(db -> suffix.append(" --db ").append(quoted(db)));
    journey.ifPresent(id -> suffix.append(" --journey ").append(quoted(id)));
    return new Hints(suffix.toString());
  }

  /** {@code recovery WORDS}, then the options in use. */
  String command(String words) {
    return "recovery " + words + suffix;
  }

  /** {@code text} as a shell reads it back: as it is when plain, otherwise in single quotes. */
  static String quoted(String text) {
    return PLAIN.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
