package org.recovery.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.core.progress.Agenda;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.words.Vocabulary;

/**
 * The answer of {@code GET /api/vocabulary}: the core's {@link Vocabulary} for every enum, the
 * stage names of the server's model, and the core's {@link PrivacyDefault} table, so a page shows
 * the same words as the CLI and preselects the core's default instead of deciding one.
 */
public final class VocabularyJson {
  /** The version of this answer's shape. */
  public static final String FORMAT = "recovery-vocabulary/1";

  private VocabularyJson() {}

  /** The answer for a server whose journeys follow {@code model}. */
  public static Map<String, Object> of(RecoveryModel model) {
    Map<String, Object> words = new LinkedHashMap<>();
    for (Class<? extends Enum<?>> type : Vocabulary.types()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Enum<?> value : type.getEnumConstants()) {
        values.put(key(value), Vocabulary.words(value));
      }
      words.put(typeName(type), values);
    }
    Map<String, String> stages = new LinkedHashMap<>();
    Vocabulary.stages(model).forEach((id, name) -> stages.put(id.value(), name));
    Map<String, Object> defaults = new LinkedHashMap<>();
    for (PrivacyDefault d : PrivacyDefault.values()) {
      defaults.put(
          d.name(),
          Map.of(
              "visibility",
              d.visibility().name(),
              "choosable",
              d.choosable(),
              "words",
              Vocabulary.words(d.visibility())));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("format", FORMAT);
    answer.put("words", words);
    answer.put("stages", stages);
    answer.put("privacyDefaults", defaults);
    return answer;
  }

  /** {@code Agenda$ActionKind} as {@code Agenda.ActionKind}; top-level enums by simple name. */
  static String typeName(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  /** The spelling the API uses for {@code value}: the agenda's kebab-case, else the name. */
  private static String key(Enum<?> value) {
    Class<?> type = value.getDeclaringClass();
    return type == Agenda.ActionKind.class || type == Agenda.DueKind.class
        ? AgendaJson.kind(value)
        : value.name();
  }
}
