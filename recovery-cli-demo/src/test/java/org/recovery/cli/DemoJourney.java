package org.recovery.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journey written by {@code recovery demo} into a test database, with the partners' names and
 * passphrases read from what the demo printed.
 */
final class DemoJourney {
  private static final Pattern PASSPHRASES =
      Pattern.compile("Passphrases: (.+) → (\\S+), (.+) → (\\S+)\\.");

  final Harness cli;
  final String hurt;
  final String hurtPassphrase;
  final String involved;
  final String involvedPassphrase;
  final Harness.Run output;

  private DemoJourney(Harness cli, Harness.Run output) {
    this.cli = cli;
    this.output = output;
    Matcher m = PASSPHRASES.matcher(output.out());
    if (!m.find()) {
      throw new AssertionError("the demo told no passphrases: " + output);
    }
    hurt = m.group(1);
    hurtPassphrase = m.group(2);
    involved = m.group(3);
    involvedPassphrase = m.group(4);
  }

  /** Runs the demo for {@code months} months from a fixed day into the harness's database. */
  static DemoJourney write(Path directory, int months, String... options) {
    Harness cli = new Harness(directory);
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "demo",
                "--db",
                cli.database.toString(),
                "--months",
                Integer.toString(months),
                "--seed",
                "7",
                "--start",
                "2025-01-06"));
    args.addAll(java.util.List.of(options));
    Harness.Run run = Harness.expectOk(cli.raw(args.toArray(String[]::new)));
    cli.clock.set(
        java.time.Instant.parse("2025-01-06T00:00:00Z")
            .plus(java.time.Duration.ofDays(31L * months + 1)));
    return new DemoJourney(cli, run);
  }

  /** Runs a command on the demo database as the hurt partner. */
  Harness.Run asHurt(String... args) {
    return as(hurt, hurtPassphrase, args);
  }

  /** Runs a command on the demo database as the involved partner. */
  Harness.Run asInvolved(String... args) {
    return as(involved, involvedPassphrase, args);
  }

  private Harness.Run as(String name, String passphrase, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 4);
    all[args.length] = "--db";
    all[args.length + 1] = cli.database.toString();
    all[args.length + 2] = "--as";
    all[args.length + 3] = name;
    cli.environment.put(Passphrases.VARIABLE, passphrase);
    try {
      return cli.raw(all);
    } finally {
      cli.environment.remove(Passphrases.VARIABLE);
    }
  }
}
