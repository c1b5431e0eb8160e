package org.recovery.core.words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recovery.core.common.StageId;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.Stage;

/**
 * The plain, kind words a person sees for every value the library names with an enum: a betrayal's
 * kind, a commitment's status, a consent level, who sees an entry ("only you", "both of you"), what
 * is due today. One vocabulary for every screen and report, so that no app shows a constant's name
 * or decides its own wording.
 *
 * <p>Words are lower-case phrases that fit inside a sentence ("recorded a <em>trigger or
 * flashback</em>"); capitalise the first letter for a label. Every public enum of the core has
 * words for every constant, and no two constants of one enum share words (a test walks them all).
 * Stage ids are not an enum: their names come from the model a journey follows ({@link #stages}).
 *
 * <p>What people <em>type</em> (command-line arguments, form values) stays the constant's own,
 * stable name; these words are for reading only and may be reworded between releases.
 */
public final class Vocabulary {
  private static final Table TABLE = build();

  private Vocabulary() {}

  private static Table build() {
    Table table = new Table();
    EntryWords.into(table);
    AgendaWords.into(table);
    RuleWords.into(table);
    return table;
  }

  /**
   * The words for {@code value}, e.g. {@code "trigger or flashback"} for {@code
   * SetbackKind.TRIGGER}.
   *
   * @throws IllegalArgumentException if {@code value} is not a value of the core's enums
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static String words(Enum<?> value) {
    Objects.requireNonNull(value, "value must not be null");
    String words = (String) TABLE.of((Class) value.getDeclaringClass()).get(value);
    if (words == null) {
      throw new IllegalArgumentException(
          "the vocabulary has no words for "
              + value.getDeclaringClass().getSimpleName()
              + " "
              + value.name()
              + "; it covers the core's own enums only");
    }
    return words;
  }

  /**
   * The words of every value of {@code type}, in declaration order; empty if {@code type} is not
   * one of the core's enums.
   */
  public static <E extends Enum<E>> Map<E, String> of(Class<E> type) {
    Objects.requireNonNull(type, "type must not be null");
    return TABLE.of(type);
  }

  /** Every enum the vocabulary covers, in a stable order. */
  public static List<Class<? extends Enum<?>>> types() {
    List<Class<? extends Enum<?>>> types = new ArrayList<>();
    for (Class<?> type : TABLE.types()) {
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
      types.add(enumType);
    }
    return Collections.unmodifiableList(types);
  }

  /** The name of each stage of {@code model}, by stage id, in the model's order. */
  public static Map<StageId, String> stages(RecoveryModel model) {
    Objects.requireNonNull(model, "model must not be null");
    Map<StageId, String> names = new LinkedHashMap<>();
    for (Stage stage : model.stages()) {
      names.put(stage.id(), stage.name());
    }
    return Collections.unmodifiableMap(names);
  }
}
