package org.recovery.core.progress;

import static org.recovery.core.consent.ConsentLevel.AFFECTIONATE_GESTURES;
import static org.recovery.core.consent.ConsentLevel.PHYSICAL_INTIMACY;
import static org.recovery.core.progress.StandardPractices.DIGEST;
import static org.recovery.core.progress.StandardPractices.GET_TESTED;
import static org.recovery.core.progress.StandardPractices.SUPPORT_OF_YOUR_OWN;
import static org.recovery.core.progress.StandardPractices.couple;
import static org.recovery.core.progress.StandardPractices.each;
import static org.recovery.core.progress.StandardPractices.hurt;
import static org.recovery.core.progress.StandardPractices.individual;
import static org.recovery.core.progress.StandardPractices.involved;

import java.util.List;
import java.util.Optional;
import org.recovery.core.checkin.RatingKind;
import org.recovery.core.common.StageId;
import org.recovery.core.journey.HeardLevel;

/**
 * The default recovery model: Stabilise → Atone → Rebuild trust → Attune → Reconnect → New chapter,
 * after the consensus of the practice digest and Gottman's Atone–Attune–Attach sequence. Minimum
 * dwell times add up to about nine and a half months, and the other gates usually take longer, in
 * line with the 12–24 months most affair-recovery sources give. docs/model.md explains every stage,
 * gate and threshold with its source.
 */
public final class StandardModel {
  /** Stage ids of the standard model. */
  public static final StageId STABILISE = StageId.of("stabilise");

  /** Naming the wound and taking responsibility. */
  public static final StageId ATONE = StageId.of("atone");

  /** Small commitments kept over weeks and months. */
  public static final StageId REBUILD_TRUST = StageId.of("rebuild-trust");

  /** Emotional reconnection. */
  public static final StageId ATTUNE = StageId.of("attune");

  /** Affection, then physical intimacy at the pace consent allows. */
  public static final StageId RECONNECT = StageId.of("reconnect");

  /** A relationship that is not the old one. */
  public static final StageId NEW_CHAPTER = StageId.of("new-chapter");

  private static final String GOTTMAN = "Gottman, Trust Revival Method (Atone–Attune–Attach)";

  /** Said of every threshold no source gives a number for: all of the standard model's. */
  public static final String PRODUCT_DEFAULT = "product default — no published figure";

  private StandardModel() {}

  /** The standard model, version 2: version 1 and a monthly CSI-4. */
  public static RecoveryModel create() {
    return new RecoveryModel(
        "standard",
        2,
        "Recovery standard model",
        List.of(stabilise(), atone(), rebuildTrust(), attune(), reconnect(), newChapter()),
        ATONE,
        ModelParameters.DEFAULTS,
        List.of(
            new QuestionnaireSchedule(
                "csi-4",
                28,
                "Product choice: the CSI-4 was built short for repeated use (Funk & Rogge 2007);"
                    + " four weeks apart keeps it a measure of change, not a daily chore")));
  }

  private static Stage stabilise() {
    return new Stage(
        STABILISE,
        "Stabilise",
        "The first days after the betrayal came to light: safety first, support arranged, and"
            + " each partner's own decision whether to try.",
        List.of(
            couple(
                "pause-when-flooded",
                "Agree on a pause word",
                "Agree on a word that pauses a talk when feelings run too high, and a time to"
                    + " try again calmly.",
                "[FSC, VOC, TEN]"),
            SUPPORT_OF_YOUR_OWN,
            each(
                "look-after-yourself",
                "Look after your body",
                "Sleep, food, a walk: crisis wears the body down first.",
                "[VOC, TEN]"),
            individual(
                "see-someone-individually",
                "See a counsellor on your own",
                "Book a session with an individual therapist or counsellor, or call a helpline,"
                    + " to talk about your safety.",
                "[GMH, VOC, FCT, TEN]"),
            individual(
                "make-a-safety-plan",
                "Make a safety plan",
                "With someone you trust or a helpline: where you could go and whom you could"
                    + " call if you needed to.",
                "Safety screening practice, SOURCES §6")),
        List.of(
            new Gate.BothPartnersScreenedForSafety(
                "Stith, McCollum & Rosen 2011: screen every couple, each partner alone"),
            new Gate.BothPartnersDecidedToTry(
                "Spring, After the Affair: reviewing the options before recommitting"),
            new Gate.MinimumDaysInStage(
                7, threshold("7 days", DIGEST + "[GMH, FCT, TEN]: recovery cannot be rushed"))),
        Optional.empty());
  }

  private static Stage atone() {
    return new Stage(
        ATONE,
        "Atone",
        "The wound is named. The involved partner takes full responsibility, answers questions"
            + " honestly and ends contact; the hurt partner is heard, as often as needed.",
        List.of(
            involved(
                "name-the-hurt",
                "Name the specific hurts",
                "Say what you did and what it cost your partner, without 'but' and without"
                    + " explaining it away.",
                "[FCT, GMH, VOC]"),
            involved(
                "answer-honestly",
                "Answer questions honestly",
                "Answer your partner's questions truthfully, painful ones too; spare graphic"
                    + " detail.",
                "[VOC, FCT]; " + GOTTMAN),
            hurt(
                "say-what-you-feel",
                "Say what you feel",
                "Anger, grief, fear: say them as often as you need to. Nobody sets a deadline.",
                "[GMH, FSC, VOC]"),
            involved(
                "end-contact",
                "End contact",
                "End all contact with the affair partner, and tell your partner whenever they"
                    + " get in touch.",
                "[VOC, FCT, TEN]; " + GOTTMAN),
            involved(
                "offer-openness",
                "Offer openness",
                "Share your schedule, where you are and whom you talk to, before you are asked.",
                "[VOC, FCT, TEN]"),
            couple(
                "find-a-couples-therapist",
                "Find a couples therapist",
                "Look for a therapist experienced with betrayal and trust repair.",
                "[GMH, VOC, FCT, TEN]"),
            GET_TESTED,
            SUPPORT_OF_YOUR_OWN),
        List.of(
            new Gate.ResponsibilityTakenForEveryBetrayal(DIGEST + "[FCT, GMH, VOC]; " + GOTTMAN),
            new Gate.HurtPartnersFeelHeard(HeardLevel.HEARD, DIGEST + "[GMH, FSC, VOC]"),
            new Gate.NoContactCommitmentActive(DIGEST + "[VOC, FCT, TEN]; " + GOTTMAN),
            new Gate.TransparencyCommitmentActive(DIGEST + "[VOC, FCT, TEN]"),
            new Gate.MinimumDaysInStage(
                42,
                threshold(
                    "42 days",
                    GOTTMAN + ": atonement is often prolonged; " + DIGEST + "[GMH, FCT, TEN]"))),
        Optional.empty());
  }

  private static Stage rebuildTrust() {
    return new Stage(
        REBUILD_TRUST,
        "Rebuild trust",
        "Small commitments kept consistently over weeks and months; boundaries agreed by both;"
            + " setbacks met openly.",
        List.of(
            involved(
                "keep-small-promises",
                "Keep small promises",
                "Keep your commitments every day; steadiness over weeks rebuilds credibility.",
                "[FCT, GMH, TEN]; Spring's low-cost trust-building behaviours"),
            couple(
                "agree-boundaries",
                "Agree boundaries together",
                "Agree on devices, contact and money, and revisit them as trust grows. Both of"
                    + " you must agree.",
                "[TEN, VOC, FSC]"),
            couple(
                "daily-check-in",
                "Check in every day",
                "A few minutes each day: how each of you is, without blame.",
                "[FSC, VOC, TEN]"),
            couple(
                "i-statements",
                "Speak from 'I'",
                "Say 'I felt…' rather than 'you always…', and listen to the end.",
                "[FSC, VOC, TEN]"),
            hurt(
                "name-triggers",
                "Name triggers",
                "When a reminder hits, name it and ask for the reassurance you need.",
                "[TEN]"),
            involved(
                "meet-triggers-with-patience",
                "Meet triggers with patience",
                "When a trigger hits, reassure and stay; never 'I thought we were past this'.",
                "[TEN]; " + GOTTMAN),
            SUPPORT_OF_YOUR_OWN),
        List.of(
            new Gate.CommitmentReliabilityAtLeast(
                0.8, threshold("80%", DIGEST + "[FCT, GMH, TEN]: consistency beats promises")),
            new Gate.NoSevereSetbackFor(
                56, threshold("56 days", DIGEST + "[GMH]: a new lie does severe damage")),
            new Gate.HurtPartnersRatingHoldsUp(
                RatingKind.EMOTIONAL_SAFETY,
                6.0,
                28,
                -0.25,
                threshold(
                    "a mean of 6.0 over 28 days and a slope of at least −0.25 a week",
                    DIGEST + "[GMH, FSC, VOC]: emotional safety first")),
            new Gate.MinimumDaysInStage(
                90, threshold("90 days", DIGEST + "[FCT, GMH, TEN]: weeks and months"))),
        Optional.empty());
  }

  private static Stage attune() {
    return new Stage(
        ATTUNE,
        "Attune",
        "Emotional reconnection: daily sharing, appreciation, vulnerability on both sides, and"
            + " understanding — not excusing — what made the relationship vulnerable.",
        List.of(
            couple(
                "share-the-day",
                "Share the day",
                "Tell each other one thing from your day and one appreciation.",
                "[GMH, FSC, TEN, FCT]"),
            couple(
                "talk-time",
                "Make time to talk",
                "A regular time to talk about feelings, phones away, with no pressure.",
                "[GMH, TEN]"),
            each(
                "share-something-vulnerable",
                "Share something vulnerable",
                "Hopes and hurts; guilt, shame and the wish to make amends.",
                "[GMH, FSC, TEN, FCT]"),
            couple(
                "understand-what-happened",
                "Understand what happened",
                "Explore what left the relationship vulnerable — to understand, never to excuse.",
                "[GMH, TEN]; " + GOTTMAN),
            each(
                "notice-efforts",
                "Notice efforts",
                "Notice what your partner does for the relationship and say so.",
                "[FCT, GMH, FSC, TEN]"),
            new Practice(
                "small-gestures",
                "Small gestures",
                "Holding hands, a hug, a compliment — only if you both want them.",
                Audience.COUPLE,
                AFFECTIONATE_GESTURES,
                false,
                false,
                DIGEST + "[VOC, FCT, TEN]"),
            SUPPORT_OF_YOUR_OWN),
        List.of(
            new Gate.VulnerabilitySharedByBoth(
                0.3,
                28,
                threshold("30% of check-ins over 28 days", DIGEST + "[GMH, FSC, TEN, FCT]")),
            new Gate.OutburstsFewAndNotRising(
                1.0,
                28,
                threshold(
                    "at most 1.0 a week over 28 days",
                    DIGEST + "[FCT]: progress shows as fewer reactive outbursts")),
            new Gate.MinimumDaysInStage(60, threshold("60 days", DIGEST + "[GMH, FCT, TEN]"))),
        Optional.empty());
  }

  private static Stage reconnect() {
    return new Stage(
        RECONNECT,
        "Reconnect",
        "Affection, and then physical intimacy, only at the pace both partners' consent allows.",
        List.of(
            new Practice(
                "affection-first",
                "Affection first",
                "Touch that asks nothing further, before anything more.",
                Audience.COUPLE,
                AFFECTIONATE_GESTURES,
                false,
                false,
                DIGEST + "[VOC, FCT, TEN]"),
            new Practice(
                "intimacy-at-the-slower-pace",
                "Intimacy at the slower pace",
                "Physical intimacy only when both want it, at the pace of the partner who was"
                    + " hurt; either of you may stop at any moment.",
                Audience.COUPLE,
                PHYSICAL_INTIMACY,
                false,
                false,
                DIGEST + "[VOC, FCT, TEN]"),
            GET_TESTED,
            couple(
                "do-something-new",
                "Do something new",
                "Try something new together, or revisit a place you love.",
                "[GMH, TEN, FCT]"),
            couple(
                "date-night",
                "Date night",
                "A regular evening for the two of you, phones away.",
                "[GMH, FCT, TEN]"),
            SUPPORT_OF_YOUR_OWN),
        List.of(
            new Gate.NoSevereSetbackFor(120, threshold("120 days", DIGEST + "[GMH]")),
            new Gate.RitualsInPlace(
                1, threshold("one ritual", DIGEST + "[GMH, FCT, TEN]: new routines and rituals")),
            new Gate.MinimumDaysInStage(90, threshold("90 days", DIGEST + "[GMH, FCT, TEN]"))),
        Optional.of(AFFECTIONATE_GESTURES));
  }

  private static Stage newChapter() {
    return new Stage(
        NEW_CHAPTER,
        "New chapter",
        "New routines, shared goals and a relationship that is not the old one.",
        List.of(
            couple(
                "build-rituals",
                "Build rituals",
                "A weekly walk, a yearly trip: rituals that are yours.",
                "[GMH, FCT, TEN]"),
            couple(
                "set-goals-together",
                "Set goals together",
                "Picture the future you want and plan a step towards it.",
                "[GMH, FCT, TEN]"),
            couple(
                "celebrate",
                "Celebrate",
                "Celebrate how far you have come together.",
                "[FCT, GMH, FSC, TEN]"),
            couple(
                "keep-checking-in",
                "Keep checking in",
                "Check in less often, but keep doing it.",
                "[FSC, VOC, TEN]"),
            hurt(
                "reflect-on-forgiveness",
                "Reflect on forgiveness",
                "If and when you choose: forgiveness is a process, not forgetting and not"
                    + " excusing.",
                "[FSC, VOC, TEN]")),
        List.of(),
        Optional.empty());
  }

  /** The rule's source, and the honest word on its threshold: no source gives the number. */
  private static String threshold(String value, String rule) {
    return "Rule: " + rule + ". Threshold (" + value + "): " + PRODUCT_DEFAULT + ".";
  }
}
