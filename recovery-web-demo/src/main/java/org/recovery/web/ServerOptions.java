package org.recovery.web;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of the server: {@code [--host H] [--port P] [--db PATH|JDBC-URL] [--accounts
 * PATH] [--instruments DIR] [--secure-cookies]}.
 *
 * @param host the address to bind, 127.0.0.1 by default
 * @param port the port, 8080 by default
 * @param db a SQLite file, or a {@code jdbc:postgresql:} URL
 * @param accounts the accounts file, beside the database by default
 * @param instruments a directory of questionnaire definitions ({@code *.json}) to offer besides the
 *     shipped ones
 * @param secureCookies mark cookies Secure (the server sits behind a TLS proxy)
 */
public record ServerOptions(
    String host,
    int port,
    String db,
    Optional<Path> accounts,
    Optional<Path> instruments,
    boolean secureCookies) {

  /** The usage text. */
  public static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar recovery-web.jar [--host H] [--port P] [--db PATH|JDBC-URL]",
          "                                 [--accounts PATH] [--instruments DIR]",
          "                                 [--secure-cookies]",
          "  --host H          address to listen on (default 127.0.0.1: this machine only)",
          "  --port P          port (default 8080; 0 picks a free one)",
          "  --db PATH         SQLite database file (default ./recovery-web.db), or",
          "  --db jdbc:postgresql://HOST/DB?user=U&password=P   a PostgreSQL database",
          "  --accounts PATH   where log-ins are kept (default: the database path + .accounts.json)",
          "  --instruments DIR questionnaires of your own: every *.json file in DIR, in the format",
          "                    of docs/custom-models.md, offered besides CSI-4, RDAS and TRIM-18",
          "  --secure-cookies  mark cookies Secure: use behind a proxy that terminates TLS",
          "A new database runs in zero-knowledge mode: no master key; a journey opens only while",
          "one of its partners is logged in. A database made with a master key (RECOVERY_MASTER_KEY",
          "set, or the file DB + .master-key present) keeps opening with it.");

  /** Whether {@link #db} names PostgreSQL. */
  public boolean postgres() {
    return db.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException with a sentence for the person who typed them
   */
  public static ServerOptions parse(String... args) {
    String host = "127.0.0.1";
    int port = 8080;
    String db = "recovery-web.db";
    Path accounts = null;
    Path instruments = null;
    boolean secure = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--host" -> host = value(args, ++i, a);
        case "--port" -> port = port(value(args, ++i, a));
        case "--db" -> db = value(args, ++i, a);
        case "--accounts" -> accounts = Path.of(value(args, ++i, a));
        case "--instruments" -> instruments = Path.of(value(args, ++i, a));
        case "--secure-cookies" -> secure = true;
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return new ServerOptions(
        host, port, db, Optional.ofNullable(accounts), Optional.ofNullable(instruments), secure);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].isBlank()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int port(String text) {
    try {
      int p = Integer.parseInt(text);
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException("--port must be from 0 to 65535, was " + text);
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number, was " + text);
    }
  }
}
