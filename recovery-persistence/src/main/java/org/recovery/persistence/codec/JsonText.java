package org.recovery.persistence.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of one JSON text and a place in them, for {@link StoredJson}: reads whitespace,
 * strings, numbers and the three words, and says what was wrong and at which byte.
 */
final class JsonText {
  private final byte[] in;
  private int at;
  private StringBuilder text;

  JsonText(byte[] in) {
    this.in = in;
  }

  /** The place: how many bytes have been read. */
  int at() {
    return at;
  }

  /** Whether every byte has been read. */
  boolean atEnd() {
    return at == in.length;
  }

  /** Reads {@code word}, which must come next. */
  void literal(String word) throws IOException {
    for (int i = 0; i < word.length(); i++) {
      if (next() != word.charAt(i)) {
        throw wrong("the word " + word, at - 1);
      }
    }
  }

  /**
   * Reads a number: an {@link Integer} if it is whole and fits in 32 bits, else {@code
   * Other.NUMBER}.
   */
  Object number() throws IOException {
    boolean negative = peek() == '-';
    if (negative) {
      at++;
    }
    int first = at;
    if (peek() == '0') {
      at++;
    } else if (!digits()) {
      throw wrong("a digit");
    }
    int end = at;
    boolean whole = true;
    if (peek() == '.') {
      at++;
      whole = false;
      if (!digits()) {
        throw wrong("a digit after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      whole = false;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        throw wrong("a digit in the exponent");
      }
    }
    if (!whole || end - first > 10) {
      return StoredObject.Other.NUMBER;
    }
    long value = 0;
    for (int i = first; i < end; i++) {
      value = value * 10 + (in[i] - '0');
    }
    value = negative ? -value : value;
    return value == (int) value ? Integer.valueOf((int) value) : StoredObject.Other.NUMBER;
  }

  /** Skips one digit or more; whether there was one. */
  private boolean digits() {
    int start = at;
    while (at < in.length && in[at] >= '0' && in[at] <= '9') {
      at++;
    }
    return at > start;
  }

  /** The string whose opening quote was just read. */
  String string() throws IOException {
    int start = at;
    while (at < in.length) {
      byte b = in[at];
      if (b == '"') {
        at++;
        return new String(in, start, at - 1 - start, StandardCharsets.ISO_8859_1);
      }
      if (b == '\\' || b < 0x20) { // below 0x20, or not ASCII (a negative byte)
        break;
      }
      at++;
    }
    if (text == null) {
      text = new StringBuilder();
    }
    StringBuilder s = text;
    s.setLength(0);
    for (int i = start; i < at; i++) {
      s.append((char) in[i]);
    }
    while (true) {
      int b = next();
      if (b == '"') {
        return s.toString();
      } else if (b == '\\') {
        escape(s);
      } else if (b >= 0x80) {
        s.appendCodePoint(utf8(b));
      } else if (b >= 0x20) {
        s.append((char) b);
      } else if (b < 0) {
        throw new IOException("a string without its closing quote");
      } else {
        throw new IOException("a control character in a string, at byte " + (at - 1));
      }
    }
  }

  private void escape(StringBuilder s) throws IOException {
    int c = next();
    switch (c) {
      case '"', '\\', '/' -> s.append((char) c);
      case 'b' -> s.append('\b');
      case 'f' -> s.append('\f');
      case 'n' -> s.append('\n');
      case 'r' -> s.append('\r');
      case 't' -> s.append('\t');
      case 'u' -> {
        int unit = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(next(), 16);
          if (digit < 0) {
            throw wrong("four hexadecimal digits after \\u", at - 1);
          }
          unit = unit * 16 + digit;
        }
        s.append((char) unit);
      }
      default -> throw wrong("an escape JSON has", at - 1);
    }
  }

  /** The code point whose first byte, {@code lead}, was just read (RFC 3629, Table 3-7). */
  private int utf8(int lead) throws IOException {
    int more;
    int low = 0x80;
    int high = 0xBF;
    int point;
    if (lead >= 0xC2 && lead <= 0xDF) {
      more = 1;
      point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      more = 2;
      point = lead & 0x0F;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      more = 3;
      point = lead & 0x07;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw new IOException("bytes that are not UTF-8, at byte " + (at - 1));
    }
    for (int i = 0; i < more; i++) {
      int b = next();
      if (b < low || b > high) {
        throw new IOException("bytes that are not UTF-8, at byte " + (at - 1));
      }
      point = point << 6 | (b & 0x3F);
      low = 0x80;
      high = 0xBF;
    }
    return point;
  }

  /** Skips whitespace. */
  void space() {
    while (at < in.length) {
      byte b = in[at];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      at++;
    }
  }

  /** The next byte, 0 to 255, without reading it; -1 at the end. */
  int peek() {
    return at < in.length ? in[at] & 0xFF : -1;
  }

  /** The next byte, 0 to 255, read; -1 at the end. */
  int next() {
    return at < in.length ? in[at++] & 0xFF : -1;
  }

  private IOException wrong(String expected) {
    return wrong(expected, at);
  }

  /** That something other than {@code expected} is at byte {@code where}. */
  IOException wrong(String expected, int where) {
    return new IOException(
        where >= in.length
            ? "the end where " + expected + " was expected"
            : "something other than " + expected + ", at byte " + where);
  }
}
