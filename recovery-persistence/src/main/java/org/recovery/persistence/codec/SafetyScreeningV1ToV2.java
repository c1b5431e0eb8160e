package org.recovery.persistence.codec;

import java.util.List;

/**
 * Safety screenings of schema 1 were the project's own five questions, as five booleans. Schema 2
 * names the screen ({@code screen}, here {@code recovery-five@1}) and holds the answers by question
 * id ({@code answers}), so that a published screen such as HARK can be stored beside it.
 */
final class SafetyScreeningV1ToV2 implements Upcaster {
  private static final List<String> QUESTIONS =
      List.of(
          "afraidOfPartner",
          "hurtOrThreatened",
          "controlled",
          "pressuredIntoIntimacy",
          "unsafeAtHome");

  @Override
  public String type() {
    return "safety.screening-completed";
  }

  @Override
  public int from() {
    return 1;
  }

  @Override
  public void upcast(StoredObject data) {
    if (data.has("screen") || data.has("answers")) {
      throw new MalformedPayload("schema 1 has no field 'screen' or 'answers'");
    }
    StoredObject answers = new StoredObject();
    for (String question : QUESTIONS) {
      if (!(data.remove(question) instanceof Boolean answer)) {
        throw new MalformedPayload(
            "field '" + question + "' of schema 1 is missing or not a" + " boolean");
      }
      answers.put(question, answer);
    }
    data.put("screen", "recovery-five@1");
    data.put("answers", answers);
  }
}
