package org.recovery.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.recovery.core.words.Vocabulary;

/**
 * How values are spelled: kebab-case for what people type, the core's vocabulary for what they
 * read, short ids.
 */
final class Words {
  private Words() {}

  /** {@code SEXUAL_AFFAIR} as {@code sexual-affair}. */
  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The words a person reads for {@code value}: the core's {@link Vocabulary} for the core's enums
   * ("trigger or flashback"); the CLI's own enums (an export's scope) in lower case.
   */
  static String words(Enum<?> value) {
    if (!Vocabulary.of(value.getDeclaringClass()).isEmpty()) {
      return Vocabulary.words(value);
    }
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The kebab-case names of every value of {@code type}. */
  static <E extends Enum<E>> List<String> kebabValues(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Words::kebab).toList();
  }

  /**
   * The value of {@code type} named {@code text}, in kebab-case, snake_case or words, any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (E value : type.getEnumConstants()) {
      if (kebab(value).equals(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not one of " + String.join(", ", kebabValues(type)));
  }

  /** The first eight hex digits of an id: what output shows and commands accept. */
  static String shortId(UUID id) {
    return id.toString().substring(0, 8);
  }

  /** {@code n} and the noun, plural unless {@code n} is 1: "1 day", "0 days", "3 days". */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
