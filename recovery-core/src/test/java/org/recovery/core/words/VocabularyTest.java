package org.recovery.core.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.StageId;
import org.recovery.core.common.Visibility;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.setback.SetbackKind;

class VocabularyTest {

  @Test
  void everyConstantOfEveryPublicCoreEnumHasItsOwnPlainWords() throws Exception {
    List<Class<?>> enums = publicCoreEnums();
    assertThat(enums).hasSizeGreaterThan(25);
    List<String> problems = new ArrayList<>();
    for (Class<?> type : enums) {
      Map<String, String> seen = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        String name = type.getSimpleName() + "." + value.name();
        String words;
        try {
          words = Vocabulary.words(value);
        } catch (IllegalArgumentException e) {
          problems.add(name + " has no words");
          continue;
        }
        if (words.isBlank() || words.contains("_") || words.matches(".*[A-Z]{2,}.*")) {
          problems.add(name + " reads like a constant: '" + words + "'");
        }
        String other = seen.put(words, value.name());
        if (other != null) {
          problems.add(name + " repeats the words of " + other + ": '" + words + "'");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theVocabularyCoversExactlyThePublicCoreEnums() throws Exception {
    assertThat(Vocabulary.types())
        .containsExactlyInAnyOrderElementsOf(
            publicCoreEnums().stream()
                .map(t -> (Class<? extends Enum<?>>) t.asSubclass(Enum.class))
                .toList());
  }

  @Test
  void wordsAreWhatAPersonReads() {
    assertThat(Vocabulary.words(SetbackKind.TRIGGER)).isEqualTo("trigger or flashback");
    assertThat(Vocabulary.words(Visibility.PRIVATE)).isEqualTo("only you");
    assertThat(Vocabulary.words(Visibility.SHARED)).isEqualTo("both of you");
    assertThat(Vocabulary.of(Visibility.class))
        .containsExactly(
            Map.entry(Visibility.SHARED, "both of you"), Map.entry(Visibility.PRIVATE, "only you"));
  }

  @Test
  void anEnumFromOutsideTheCoreIsRefusedByName() {
    assertThatThrownBy(() -> Vocabulary.words(java.time.DayOfWeek.MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DayOfWeek MONDAY");
    assertThat(Vocabulary.of(java.time.DayOfWeek.class)).isEmpty();
  }

  @Test
  void stagesAreNamedByTheirModel() {
    Map<StageId, String> stages = Vocabulary.stages(StandardModel.create());
    assertThat(stages).containsEntry(StandardModel.REBUILD_TRUST, "Rebuild trust");
    assertThat(stages.keySet()).first().isEqualTo(StandardModel.STABILISE);
  }

  /** Every public enum (nested ones too, when every enclosing type is public) of the core. */
  static List<Class<?>> publicCoreEnums() throws IOException, URISyntaxException {
    Path root =
        Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/recovery/core"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
        Class<?> type = load(name.substring(0, name.length() - ".class".length()));
        if (type.isEnum() && isPublic(type)) {
          enums.add(type);
        }
      }
    }
    return enums;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Vocabulary.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
