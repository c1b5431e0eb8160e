package org.recovery.core.words;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The words of each enum, filled once by the word lists and read by {@link Vocabulary}. */
final class Table {
  private final Map<Class<?>, EnumMap<?, String>> byType = new LinkedHashMap<>();

  /** Gives {@code value} its {@code words}; each value once. */
  @SuppressWarnings("unchecked")
  <E extends Enum<E>> Table put(E value, String words) {
    Objects.requireNonNull(words, "words must not be null");
    Class<E> type = value.getDeclaringClass();
    EnumMap<E, String> map =
        (EnumMap<E, String>) byType.computeIfAbsent(type, t -> new EnumMap<>(type));
    if (map.put(value, words) != null) {
      throw new IllegalStateException("words given twice for " + type.getName() + "." + value);
    }
    return this;
  }

  /** The words of every value of {@code type} that has some, in declaration order. */
  @SuppressWarnings("unchecked")
  <E extends Enum<E>> Map<E, String> of(Class<E> type) {
    EnumMap<E, String> map = (EnumMap<E, String>) byType.get(type);
    return map == null ? Map.of() : Collections.unmodifiableMap(map);
  }

  /** Every enum that has words, in the order they were given. */
  Iterable<Class<?>> types() {
    return Collections.unmodifiableSet(byType.keySet());
  }
}
