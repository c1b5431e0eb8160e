package org.recovery.persistence.codec;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One JSON object of a stored envelope, read from its bytes in one pass: its field names in the
 * order stored, and their values — a {@link String}, an {@link Integer} (a whole number that fits
 * in 32 bits), a {@link Boolean}, a nested {@code StoredObject}, or an {@link Other} for what no
 * stored field holds (null, any other number, an array).
 *
 * <p>Reading every stored event is most of a cold read, so this takes the place of Jackson's tree
 * there: one array of names and one of values per object, and a repeated name found by comparing
 * the few names an event has. {@link StoredJson} reads the bytes into it.
 *
 * <p>Mutable only for an {@link Upcaster} rewriting an old payload; not thread-safe.
 */
final class StoredObject {
  /** A value no stored field holds; reading one is a wrong-kind error. */
  enum Other {
    NULL,
    NUMBER,
    ARRAY
  }

  /** Up to this many fields, a name is looked up by comparing it with each. */
  private static final int SCANNED = 16;

  private String[] names = new String[8];
  private Object[] values = new Object[8];
  private int size;
  private Map<String, Integer> positions;

  /** An empty object, to be filled with {@link #put}. */
  StoredObject() {}

  /**
   * Reads {@code bytes}, which must be exactly one JSON object with no repeated name in it or in
   * any object it holds, and nothing after it.
   *
   * @throws IOException if they are not (its message names what was wrong and where, not the
   *     content)
   */
  static StoredObject parse(byte[] bytes) throws IOException {
    return StoredJson.read(bytes);
  }

  /** How many fields the object has. */
  int size() {
    return size;
  }

  /** The name of field {@code i}, in stored order. */
  String name(int i) {
    Objects.checkIndex(i, size);
    return names[i];
  }

  /** The value of field {@code i}, in stored order. */
  Object value(int i) {
    Objects.checkIndex(i, size);
    return values[i];
  }

  /** The position of the field named {@code name}, or -1. */
  int indexOf(String name) {
    if (size > SCANNED) {
      if (positions == null) {
        positions = new HashMap<>();
        for (int i = 0; i < size; i++) {
          positions.put(names[i], i);
        }
      }
      return positions.getOrDefault(name, -1);
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the object has a field named {@code name}. */
  boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** The value of the field named {@code name}, or null if there is none. */
  Object get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** Removes the field named {@code name}; its value, or null if there was none. */
  Object remove(String name) {
    int i = indexOf(name);
    if (i < 0) {
      return null;
    }
    Object value = values[i];
    System.arraycopy(names, i + 1, names, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    names[size] = null;
    values[size] = null;
    positions = null;
    return value;
  }

  /**
   * Sets the field named {@code name} to {@code value}: in its place if the object has it, last if
   * not.
   *
   * @throws IllegalArgumentException if {@code value} is none of the kinds a field holds
   */
  StoredObject put(String name, Object value) {
    Objects.requireNonNull(name, "name must not be null");
    if (!(value instanceof String
        || value instanceof Integer
        || value instanceof Boolean
        || value instanceof StoredObject
        || value instanceof Other)) {
      throw new IllegalArgumentException("a field holds no value of this kind");
    }
    int i = indexOf(name);
    if (i >= 0) {
      values[i] = value;
    } else {
      add(name, value);
    }
    return this;
  }

  /** Adds a field the object does not have yet, last: for {@link StoredJson}. */
  void add(String name, Object value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    if (positions != null) {
      positions.put(name, size);
    }
    size++;
  }
}
