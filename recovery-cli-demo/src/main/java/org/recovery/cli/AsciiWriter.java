package org.recovery.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes the punctuation and symbols of this app's output in ASCII, for a terminal whose encoding
 * cannot show them (LANG=C): arrows, dashes, dots, check marks and chart blocks become their
 * nearest ASCII spelling instead of question marks. Other characters pass through.
 */
final class AsciiWriter extends FilterWriter {
  private static final Map<Character, String> ASCII =
      Map.ofEntries(
          Map.entry('→', "->"),
          Map.entry('—', "-"),
          Map.entry('–', "-"),
          Map.entry('·', "|"),
          Map.entry('…', "..."),
          Map.entry('✓', "+"),
          Map.entry('✗', "-"),
          Map.entry('•', "*"),
          Map.entry('‘', "'"),
          Map.entry('’', "'"),
          Map.entry('“', "\""),
          Map.entry('”', "\""),
          Map.entry('█', "#"),
          Map.entry('░', "-"),
          Map.entry('▁', "_"),
          Map.entry('▂', "."),
          Map.entry('▃', "-"),
          Map.entry('▄', "~"),
          Map.entry('▅', "="),
          Map.entry('▆', "+"),
          Map.entry('▇', "*"));

  AsciiWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    String ascii = ASCII.get((char) c);
    if (ascii == null) {
      out.write(c);
    } else {
      out.write(ascii);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
