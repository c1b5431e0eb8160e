package org.recovery.cli;

import java.util.ArrayList;
import java.util.List;

/** Plain-text layout for an 80-column terminal: wrapping, fitting and padding. */
final class Text {
  /** The width every line of terminal output keeps within. */
  static final int WIDTH = 80;

  private Text() {}

  /**
   * Wraps {@code text} at word boundaries so that each line, {@code indent} spaces included, has
   * at most {@code width} characters; a word longer than a line is cut.
   */
  static List<String> wrap(String text, int indent, int width) {
    String pad = " ".repeat(indent);
    int room = Math.max(10, width - indent);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.replaceAll("^\\s+|\\s+$", "").split("\\s+")) {
      while (word.length() > room) {
        if (line.length() > 0) {
          lines.add(pad + line);
          line.setLength(0);
        }
        lines.add(pad + word.substring(0, room));
        word = word.substring(room);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        lines.add(pad + line);
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(pad + line);
    }
    return lines;
  }

  /**
   * {@code text} on one line (runs of white space made one space) and cut to {@code width}
   * characters, ending in an ellipsis when cut.
   */
  static String fit(String text, int width, boolean unicode) {
    return cut(text.replaceAll("\\s+", " ").strip(), width, unicode);
  }

  /** {@code line} cut to {@code width} characters, ending in an ellipsis when cut. */
  static String cut(String line, int width, boolean unicode) {
    if (line.length() <= width) {
      return line;
    }
    String ellipsis = unicode ? "…" : "...";
    return line.substring(0, Math.max(0, width - ellipsis.length())) + ellipsis;
  }

  /** {@code text} fitted and padded with spaces to exactly {@code width} characters. */
  static String column(String text, int width, boolean unicode) {
    String fitted = fit(text, width, unicode);
    return fitted + " ".repeat(width - fitted.length());
  }
}
