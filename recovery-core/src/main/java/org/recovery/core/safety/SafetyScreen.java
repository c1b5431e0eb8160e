package org.recovery.core.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A safety screen: yes/no questions each partner answers alone, in private. Any "yes" flags a
 * concern, which holds the journey. The screens Recovery ships are in {@link SafetyScreens}.
 *
 * @param id a stable slug, e.g. {@code hark}
 * @param version the version of the definition
 * @param name its name for people
 * @param questions the questions, in the order they are asked
 * @param source where it comes from, with what is known of its validation
 * @param terms the terms under which its wording may be used
 */
public record SafetyScreen(
    String id, int version, String name, List<Question> questions, String source, String terms) {

  /**
   * One yes/no question.
   *
   * @param id a stable slug, unique within the screen
   * @param text the question as a partner reads it
   */
  public record Question(String id, String text) {
    /** Validates the question. */
    public Question {
      Objects.requireNonNull(id, "question id must not be null");
      Objects.requireNonNull(text, "question text must not be null");
    }
  }

  /** Validates the screen. @throws IllegalArgumentException for no question or a repeated id */
  public SafetyScreen {
    Objects.requireNonNull(id, "screen id must not be null");
    Objects.requireNonNull(name, "screen name must not be null");
    Objects.requireNonNull(source, "screen source must not be null");
    Objects.requireNonNull(terms, "screen terms must not be null");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("screen " + id + " needs at least one question");
    }
    Set<String> ids = new HashSet<>();
    for (Question q : questions) {
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException("screen " + id + " asks question " + q.id() + " twice");
      }
    }
  }

  /** The id and version as stored with each screening, e.g. {@code hark@1}. */
  public String key() {
    return id + "@" + version;
  }

  /** The ids of the questions, in order. */
  public List<String> questionIds() {
    return questions.stream().map(Question::id).toList();
  }
}
