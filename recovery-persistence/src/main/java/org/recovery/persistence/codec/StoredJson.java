package org.recovery.persistence.codec;

import java.io.IOException;

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
 * <p>Messages name what was wrong and where, never the content. {@link JsonText} reads the strings,
 * numbers and words; this, the objects and arrays they are in.
 */
final class StoredJson {
  /** Jackson's default limit too. */
  static final int DEEPEST = 1000;

  private final JsonText in;
  private int depth;

  private StoredJson(byte[] bytes) {
    this.in = new JsonText(bytes);
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
    in.space();
    if (in.next() != '{') {
      throw in.wrong("an object", in.at() - 1);
    }
    StoredObject root = object();
    in.space();
    if (!in.atEnd()) {
      throw new IOException("more after the object, at byte " + in.at());
    }
    return root;
  }

  /** The object whose opening brace was just read. */
  private StoredObject object() throws IOException {
    deeper();
    StoredObject object = new StoredObject();
    in.space();
    if (in.peek() == '}') {
      in.next();
    } else {
      do {
        in.space();
        if (in.next() != '"') {
          throw in.wrong("a name in quotes", in.at() - 1);
        }
        String name = in.string();
        if (object.has(name)) {
          throw new IOException("a name repeated in one object, at byte " + in.at());
        }
        in.space();
        if (in.next() != ':') {
          throw in.wrong("a colon", in.at() - 1);
        }
        in.space();
        object.add(name, value());
        in.space();
      } while (separator('}'));
    }
    depth--;
    return object;
  }

  /** Skips the array whose opening bracket was just read, reading everything in it. */
  private void array() throws IOException {
    deeper();
    in.space();
    if (in.peek() == ']') {
      in.next();
    } else {
      do {
        in.space();
        value();
        in.space();
      } while (separator(']'));
    }
    depth--;
  }

  /** True after a comma, false after {@code end}; anything else is refused. */
  private boolean separator(char end) throws IOException {
    int c = in.next();
    if (c == ',') {
      return true;
    }
    if (c != end) {
      throw in.wrong("a comma or " + end, in.at() - 1);
    }
    return false;
  }

  private void deeper() throws IOException {
    if (++depth > DEEPEST) {
      throw new IOException("objects and arrays nested deeper than " + DEEPEST);
    }
  }

  private Object value() throws IOException {
    int c = in.peek();
    switch (c) {
      case '"':
        in.next();
        return in.string();
      case '{':
        in.next();
        return object();
      case '[':
        in.next();
        array();
        return StoredObject.Other.ARRAY;
      case 't':
        in.literal("true");
        return Boolean.TRUE;
      case 'f':
        in.literal("false");
        return Boolean.FALSE;
      case 'n':
        in.literal("null");
        return StoredObject.Other.NULL;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return in.number();
        }
        throw in.wrong("a value", in.at());
    }
  }
}
