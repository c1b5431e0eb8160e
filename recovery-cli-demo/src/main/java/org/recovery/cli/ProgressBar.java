package org.recovery.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the error stream, redrawn in place, shown only to a person at a
 * terminal: scripts and logs get no carriage returns.
 */
final class ProgressBar {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean shown;
  private final boolean unicode;
  private final String label;
  private int lastPercent = -1;

  ProgressBar(CliContext context, String label) {
    this(context.err(), context.interactive(), context.unicode(), label);
  }

  ProgressBar(PrintWriter err, boolean shown, boolean unicode, String label) {
    this.err = err;
    this.shown = shown;
    this.unicode = unicode;
    this.label = label;
  }

  /** Shows that {@code done} of {@code total} steps are done. */
  void update(long done, long total) {
    if (!shown || total <= 0) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * BAR / 100;
    String full = unicode ? "█" : "#";
    String empty = unicode ? "░" : "-";
    err.print(
        "\r"
            + label
            + " "
            + full.repeat(filled)
            + empty.repeat(BAR - filled)
            + " "
            + String.format(java.util.Locale.ROOT, "%3d%%", percent)
            + "  "
            + done
            + "/"
            + total);
    err.flush();
  }

  /** Ends the bar's line. */
  void finish() {
    if (shown && lastPercent >= 0) {
      err.println();
      err.flush();
    }
  }
}
