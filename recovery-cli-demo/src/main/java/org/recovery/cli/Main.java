package org.recovery.cli;

import java.nio.file.Path;

/** The {@code recovery} command's entry point: runs it and exits with its code. */
public final class Main {
  private Main() {}

  /**
   * Runs the command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    QuietLoggingProvider.choose();
    NativeLibraryCache.use(System.getenv(), Path.of(System.getProperty("user.home")));
    System.exit(Cli.run(CliContext.system(), args));
  }
}
