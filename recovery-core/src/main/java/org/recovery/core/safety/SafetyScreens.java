package org.recovery.core.safety;

import java.util.List;
import java.util.Optional;
import org.recovery.core.safety.SafetyScreen.Question;

/**
 * The safety screens Recovery ships. The default is HARK, a published and validated screen for
 * intimate-partner violence whose questions and scoring are public.
 */
public final class SafetyScreens {
  /**
   * HARK (Humiliation, Afraid, Rape, Kick): four questions about the last year, positive with any
   * "yes". Sohal, Eldridge &amp; Feder 2007 validated it against the 30-item Composite Abuse Scale
   * in 232 women in London general practice: with a cut-off of one "yes", sensitivity 81% and
   * specificity 95%. It has not been validated with men or in couple therapy; a positive answer is
   * a reason for individual support, not a diagnosis.
   */
  public static final SafetyScreen HARK =
      new SafetyScreen(
          "hark",
          1,
          "HARK",
          List.of(
              new Question(
                  "humiliated",
                  "Within the last year, have you been humiliated or emotionally"
                      + " abused in other ways by your partner or your ex-partner?"),
              new Question(
                  "afraid",
                  "Within the last year, have you been afraid of your partner or" + " ex-partner?"),
              new Question(
                  "forced",
                  "Within the last year, have you been raped or forced to have any"
                      + " kind of sexual activity by your partner or ex-partner?"),
              new Question(
                  "hurt",
                  "Within the last year, have you been kicked, hit, slapped or"
                      + " otherwise physically hurt by your partner or ex-partner?")),
          "Sohal H, Eldridge S, Feder G. The sensitivity and specificity of four questions (HARK) to"
              + " identify intimate partner violence. BMC Family Practice 2007;8:49."
              + " doi:10.1186/1471-2296-8-49. Cut-off: one yes or more.",
          "Published open access in BMC Family Practice under the Creative Commons Attribution"
              + " licence; the questions are quoted with attribution.");

  /**
   * The five questions earlier releases asked, in the project's own words (fear, violence or
   * threats, control, pressured intimacy, feeling unsafe at home). Not validated; kept so that
   * screenings completed with it still read, and for an app that prefers its wording.
   */
  public static final SafetyScreen RECOVERY_FIVE =
      new SafetyScreen(
          "recovery-five",
          1,
          "Recovery's own five questions",
          List.of(
              new Question(
                  "afraidOfPartner", "Are you afraid of your partner, or of what they might do?"),
              new Question(
                  "hurtOrThreatened",
                  "In the past year, has your partner hurt you physically, or threatened to?"),
              new Question(
                  "controlled",
                  "Does your partner control your money, phone, whereabouts or who you see?"),
              new Question(
                  "pressuredIntoIntimacy",
                  "Has your partner pressured or forced you into sexual contact?"),
              new Question("unsafeAtHome", "Do you feel unsafe at home?")),
          "The project's own wording of what couple-therapy screening asks about (Stith, McCollum &"
              + " Rosen 2011); not validated. Any yes flags.",
          "The project's own words.");

  private static final List<SafetyScreen> ALL = List.of(HARK, RECOVERY_FIVE);

  private SafetyScreens() {}

  /** The default screen: {@link #HARK}. */
  public static SafetyScreen standard() {
    return HARK;
  }

  /** Every screen shipped, the default first. */
  public static List<SafetyScreen> all() {
    return ALL;
  }

  /** The screen stored as {@code key} ({@code id@version}), if shipped. */
  public static Optional<SafetyScreen> find(String key) {
    return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
