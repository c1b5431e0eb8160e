package org.recovery.core.simulation;

import java.util.List;
import java.util.Random;

/** What the simulated partners write in their notes, journals and setbacks. */
final class Notes {
  private static final List<String> HURT_HARD =
      List.of(
          "Hard evening. A song on the radio took me straight back.",
          "I asked about the weekend away again. I got answers, and couldn't stop crying.",
          "Angry all day, and tired of being angry.",
          "I didn't want to talk tonight, and said so.");
  private static final List<String> HURT_GOOD =
      List.of(
          "We walked by the river and talked without fighting.",
          "Therapy helped me say what I had been holding in.",
          "A good day. I laughed properly for the first time in a while.",
          "I heard about a message from work before I asked. It helped.");
  private static final List<String> INVOLVED_HARD =
      List.of(
          "Shame hit hard today; I stayed with it instead of shutting down.",
          "A trigger at dinner. I listened and didn't defend myself.",
          "A tense evening. We used the pause word and came back to it later.");
  private static final List<String> INVOLVED_GOOD =
      List.of(
          "Cooked together; it felt almost ordinary.",
          "I answered every question tonight, even the hard ones.",
          "We planned a weekend with the kids. Small, but ours.");
  private static final List<String> HURT_PRIVATE =
      List.of(
          "I still check the phone in my head every night.",
          "Some days I am not sure I want this. Today I did.",
          "Told my sister everything. She just listened.");
  private static final List<String> INVOLVED_PRIVATE =
      List.of(
          "I keep replaying how much pain I caused.",
          "Individual session: learning why I hid things instead of talking.",
          "I miss who we were, and I know that isn't the point.");
  private static final List<String> JOURNAL =
      List.of(
          "Wrote down the questions I still want to ask. Not ready to ask all of them.",
          "Noticed I went a whole afternoon without thinking about it.",
          "Anniversary of the first lie, by my count. Heavy day.",
          "I want to trust again and I don't yet. Both are true.");
  private static final List<String> TRIGGERS =
      List.of(
          "Saw a car like hers outside the office.",
          "He was twenty minutes late and didn't text.",
          "A film with an affair in it.",
          "Walked past the restaurant they went to.");

  private Notes() {}

  /** A note shared with the partner, on a harder or a better day. */
  static String shared(Random random, boolean hurt, boolean goodDay) {
    return pick(
        random,
        hurt ? (goodDay ? HURT_GOOD : HURT_HARD) : (goodDay ? INVOLVED_GOOD : INVOLVED_HARD));
  }

  /** A note kept private. */
  static String personal(Random random, boolean hurt) {
    return pick(random, hurt ? HURT_PRIVATE : INVOLVED_PRIVATE);
  }

  /** A private journal entry of the hurt partner. */
  static String journal(Random random) {
    return pick(random, JOURNAL);
  }

  /** What set off a trigger. */
  static String trigger(Random random) {
    return pick(random, TRIGGERS);
  }

  private static String pick(Random random, List<String> texts) {
    return texts.get(random.nextInt(texts.size()));
  }
}
