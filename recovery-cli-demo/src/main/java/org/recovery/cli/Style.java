package org.recovery.cli;

/**
 * ANSI styles for terminal output, or plain text when colour is off (not a terminal, or {@code
 * NO_COLOR} set). Styles only decorate: the text reads the same without them.
 */
final class Style {
  private static final String RESET = "\u001b[0m";
  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  /** The style for {@code context}: on only if it allows colour. */
  static Style of(CliContext context) {
    return new Style(context.colour());
  }

  /** No styling at all. */
  static Style plain() {
    return new Style(false);
  }

  String bold(String text) {
    return wrap("\u001b[1m", text);
  }

  String dim(String text) {
    return wrap("\u001b[2m", text);
  }

  String good(String text) {
    return wrap("\u001b[32m", text);
  }

  String warn(String text) {
    return wrap("\u001b[33m", text);
  }

  String problem(String text) {
    return wrap("\u001b[31m", text);
  }

  String accent(String text) {
    return wrap("\u001b[36m", text);
  }

  private String wrap(String code, String text) {
    return on ? code + text + RESET : text;
  }
}
