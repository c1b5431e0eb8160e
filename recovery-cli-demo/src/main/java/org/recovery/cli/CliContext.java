package org.recovery.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.recovery.persistence.SealingEventStore;

/**
 * Everything the commands take from the world outside: the output streams, the environment, the
 * clock, the terminal, the home directory and the passphrase work factor. {@link #system()} is the
 * real one; tests build their own, so no command reads {@code System} directly.
 *
 * @param out where results go
 * @param err where problems, prompts' echoes and progress bars go
 * @param environment the environment variables
 * @param clock the time source
 * @param defaultZone the zone a new journey gets when {@code --zone} is not given
 * @param terminal the interactive terminal, if there is one
 * @param home the user's home directory
 * @param workingDirectory the directory relative paths on the command line are resolved against
 * @param passphraseIterations the PBKDF2 work factor for passphrases set from now on
 * @param unicode whether the output can show block characters for charts
 * @param stores what each store a session opens is handed through: as it is, or, in tests, wrapped
 *     in a store that counts what is asked of it
 */
record CliContext(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> environment,
    Clock clock,
    ZoneId defaultZone,
    Optional<Terminal> terminal,
    Path home,
    Path workingDirectory,
    int passphraseIterations,
    boolean unicode,
    UnaryOperator<SealingEventStore> stores) {

  /** PBKDF2-HMAC-SHA256 iterations: the OWASP recommendation of 2023. */
  static final int PASSPHRASE_ITERATIONS = 600_000;

  CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(defaultZone, "defaultZone");
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(stores, "stores");
  }

  /** A context whose sessions use each store as it is. */
  CliContext(
      PrintWriter out,
      PrintWriter err,
      Map<String, String> environment,
      Clock clock,
      ZoneId defaultZone,
      Optional<Terminal> terminal,
      Path home,
      Path workingDirectory,
      int passphraseIterations,
      boolean unicode) {
    this(
        out,
        err,
        environment,
        clock,
        defaultZone,
        terminal,
        home,
        workingDirectory,
        passphraseIterations,
        unicode,
        UnaryOperator.identity());
  }

  /** This context, with each store a session opens handed through {@code stores}. */
  CliContext withStores(UnaryOperator<SealingEventStore> stores) {
    return new CliContext(
        out,
        err,
        environment,
        clock,
        defaultZone,
        terminal,
        home,
        workingDirectory,
        passphraseIterations,
        unicode,
        stores);
  }

  /** An interactive terminal: a person at a keyboard. */
  interface Terminal {
    /** Asks for a secret without echoing it; empty if the input ended. */
    Optional<char[]> readSecret(String prompt);

    /** Asks for one line of text, echoed as it is typed; empty if the input ended. */
    Optional<String> readLine(String prompt);
  }

  /** The real world: the process's streams, environment, clock and console. */
  static CliContext system() {
    Charset charset = outputCharset();
    boolean unicode = charset.newEncoder().canEncode("▁█✓→—·");
    Console console = System.console();
    Optional<Terminal> terminal =
        console == null
            ? Optional.empty()
            : Optional.of(
                new Terminal() {
                  @Override
                  public Optional<char[]> readSecret(String prompt) {
                    return Optional.ofNullable(console.readPassword("%s", prompt));
                  }

                  @Override
                  public Optional<String> readLine(String prompt) {
                    return Optional.ofNullable(console.readLine("%s", prompt));
                  }
                });
    return new CliContext(
        writer(FileDescriptor.out, charset, unicode),
        writer(FileDescriptor.err, charset, unicode),
        System.getenv(),
        Clock.systemUTC(),
        ZoneId.systemDefault(),
        terminal,
        Path.of(System.getProperty("user.home")),
        Path.of("").toAbsolutePath(),
        PASSPHRASE_ITERATIONS,
        unicode);
  }

  private static PrintWriter writer(FileDescriptor stream, Charset charset, boolean unicode) {
    Writer writer = new OutputStreamWriter(new FileOutputStream(stream), charset);
    return new PrintWriter(unicode ? writer : new AsciiWriter(writer), true);
  }

  private static Charset outputCharset() {
    for (String property :
        new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
      String name = System.getProperty(property);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }

  /** The variable's value, if set and not empty. */
  Optional<String> variable(String name) {
    String value = environment.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** {@code path} as given on the command line, resolved against the working directory. */
  Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** Whether a person is at a terminal (progress bars, prompts, colour). */
  boolean interactive() {
    return terminal.isPresent();
  }

  /** Whether output may be coloured: on a terminal, and {@code NO_COLOR} not set. */
  boolean colour() {
    return interactive() && variable("NO_COLOR").isEmpty();
  }
}
