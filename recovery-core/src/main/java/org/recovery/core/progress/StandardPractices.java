package org.recovery.core.progress;

import static org.recovery.core.consent.ConsentLevel.NONE;

/**
 * The practices of {@link StandardModel} that several stages share, and the ways its practices are
 * made: for the couple, for each partner, for the hurt or the involved partner, or as individual
 * support, each tagged with its sources in the practice digest.
 */
final class StandardPractices {
  /** How a practice's source names the practice digest (PRACTICES.md) and its tags. */
  static final String DIGEST = "practice digest ";

  private StandardPractices() {}

  /**
   * Suggested in every stage: support of one's own is never only for the first week. One instance
   * for all the stages that suggest it, as for {@link #GET_TESTED}, so that checking that a
   * practice is the same in every stage does not compare it field by field.
   */
  static final Practice SUPPORT_OF_YOUR_OWN =
      each(
          "arrange-support",
          "Find support of your own",
          "A therapist, a trusted friend or a support group: someone who is there for you alone.",
          "[GMH, VOC, FCT, TEN]");

  /**
   * Testing for sexually transmitted infections: a matter of health, suggested to both partners
   * from Atone on, whatever their consent levels.
   */
  static final Practice GET_TESTED =
      new Practice(
          "get-tested",
          "Get tested",
          "Each of you gets tested for sexually transmitted infections, even if sex outside the"
              + " relationship is denied; it protects your health, whatever you decide later.",
          Audience.EACH_PARTNER,
          NONE,
          false,
          false,
          "Affair-recovery clinical practice: STI testing for both partners, SOURCES §6 [44c][43b]");

  static Practice couple(String id, String title, String text, String tags) {
    return new Practice(id, title, text, Audience.COUPLE, NONE, false, false, DIGEST + tags);
  }

  static Practice each(String id, String title, String text, String tags) {
    return forEachPartner(id, title, text, tags, false);
  }

  static Practice hurt(String id, String title, String text, String tags) {
    return new Practice(id, title, text, Audience.HURT_PARTNER, NONE, false, false, DIGEST + tags);
  }

  static Practice involved(String id, String title, String text, String tags) {
    return new Practice(
        id, title, text, Audience.INVOLVED_PARTNER, NONE, false, false, DIGEST + tags);
  }

  static Practice individual(String id, String title, String text, String tags) {
    return forEachPartner(id, title, text, tags, true);
  }

  /** Tags that cite the digest's sources (they start with "[") are prefixed with it. */
  private static Practice forEachPartner(
      String id, String title, String text, String tags, boolean individual) {
    return new Practice(
        id,
        title,
        text,
        Audience.EACH_PARTNER,
        NONE,
        false,
        individual,
        tags.startsWith("[") ? DIGEST + tags : tags);
  }
}
