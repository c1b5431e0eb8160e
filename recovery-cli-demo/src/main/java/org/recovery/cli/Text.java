package org.recovery.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text layout for an 80-column terminal: wrapping and padding. Nothing is cut, on a terminal
 * or in a file: long text wraps, and a long table cell pushes its row.
 */
final class Text {
  /** The width every line of terminal output keeps within. */
  static final int WIDTH = 80;

  private Text() {}

  /**
   * Wraps {@code text} at word boundaries so that each line, {@code indent} spaces included, has at
   * most {@code width} characters; a word longer than a line is cut.
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
   * {@code line} as it is, spaces and all, when it fits {@code width}; otherwise {@link #wrap}ped
   * with {@code indent} spaces before each line after the first.
   */
  static List<String> keepOrWrap(String line, int indent, int width) {
    if (line.length() <= width) {
      return List.of(line);
    }
    List<String> wrapped = wrap(line, indent, width);
    List<String> out = new ArrayList<>(wrapped);
    out.set(0, wrapped.get(0).substring(indent));
    return out;
  }

  /**
   * A table cell: {@code text} on one line (runs of white space made one space), padded with spaces
   * to {@code width} characters. Nothing is ever cut: a longer text is kept whole and followed by
   * one space, so its row runs past the column instead of losing words.
   */
  static String column(String text, int width, boolean unicode) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() < width ? line + " ".repeat(width - line.length()) : line + " ";
  }
}
