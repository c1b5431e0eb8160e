package org.recovery.persistence.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON text of a stored envelope (RFC 8259, UTF-8) straight into {@link StoredObject}s,
 * one pass over the bytes with nothing made but the objects, their names and their values.
 *
 * <p>A cold read of a long journey reads one envelope after another, a hundred thousand of them,
 * and making a Jackson parser for each was 40% of the reading (docs/benchmarks.md); Jackson still
 * writes them. It is at least as strict as Jackson's parser with its default settings, which read
 * the envelopes before (a property compares the two on every input and on broken copies of them):
 * no comments, no single quotes, no leading zeros, no control characters in strings, no trailing
 * commas, nothing after the object; UTF-8 as RFC 3629 has it (no overlong forms, no surrogates);
 * objects nested at most {@value #DEEPEST} deep; and no name twice in one object, in arrays too.
 *
 * <p>Messages name what was wrong and where, never the content.
 */
final class StoredJson {
  /** Jackson's default limit too. */
  static final int DEEPEST = 1000;

  private final byte[] in;
  private int at;
  private int depth;
  private StringBuilder text;

  private StoredJson(byte[] in) {
    this.in = in;
  }

  /**
   * The object that {@code bytes} are, exactly.
   *
   * @throws IOException if they are anything else
   */
  static StoredObject read(byte[] bytes) throws IOException {
    return new StoredJson(bytes).document();
  }

  private StoredObject document() throws IOException {
    space();
    if (peek() != '{') {
      throw wrong("an object");
    }
    at++;
    StoredObject root = object();
    space();
    if (at != in.length) {
      throw new IOException("more after the object, at byte " + at);
    }
    return root;
  }

  /** The object whose opening brace was just read. */
  private StoredObject object() throws IOException {
    deeper();
    StoredObject object = new StoredObject();
    space();
    if (peek() == '}') {
      at++;
    } else {
      do {
        space();
        if (next() != '"') {
          throw wrong("a name in quotes", at - 1);
        }
        String name = string();
        if (object.has(name)) {
          throw new IOException("a name repeated in one object, at byte " + at);
        }
        space();
        if (next() != ':') {
          throw wrong("a colon", at - 1);
        }
        space();
        object.add(name, value());
        space();
      } while (separator('}'));
    }
    depth--;
    return object;
  }

  /** Skips the array whose opening bracket was just read, reading everything in it. */
  private void array() throws IOException {
    deeper();
    space();
    if (peek() == ']') {
      at++;
    } else {
      do {
        space();
        value();
        space();
      } while (separator(']'));
    }
    depth--;
  }

  /** True after a comma, false after {@code end}; anything else is refused. */
  private boolean separator(char end) throws IOException {
    int c = next();
    if (c == ',') {
      return true;
    }
    if (c != end) {
      throw wrong("a comma or " + end, at - 1);
    }
    return false;
  }

  private void deeper() throws IOException {
    if (++depth > DEEPEST) {
      throw new IOException("objects and arrays nested deeper than " + DEEPEST);
    }
  }

  private Object value() throws IOException {
    int c = peek();
    switch (c) {
      case '"':
        at++;
        return string();
      case '{':
        at++;
        return object();
      case '[':
        at++;
        array();
        return StoredObject.Other.ARRAY;
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return StoredObject.Other.NULL;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw wrong("a value");
    }
  }

  private void literal(String word) throws IOException {
    for (int i = 0; i < word.length(); i++) {
      if (next() != word.charAt(i)) {
        throw wrong("the word " + word, at - 1);
      }
    }
  }

  /** An {@link Integer} if the number is whole and fits in 32 bits, else {@code Other.NUMBER}. */
  private Object number() throws IOException {
    int start = at;
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
  private String string() throws IOException {
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

  private void space() {
    while (at < in.length) {
      byte b = in[at];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      at++;
    }
  }

  /** The next byte, 0 to 255, without reading it; -1 at the end. */
  private int peek() {
    return at < in.length ? in[at] & 0xFF : -1;
  }

  /** The next byte, 0 to 255, read; -1 at the end. */
  private int next() {
    return at < in.length ? in[at++] & 0xFF : -1;
  }

  private IOException wrong(String expected) {
    return wrong(expected, at);
  }

  private IOException wrong(String expected, int where) {
    return new IOException(
        where >= in.length
            ? "the end where " + expected + " was expected"
            : "something other than " + expected + ", at byte " + where);
  }
}
