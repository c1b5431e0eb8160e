package org.recovery.core.safety;

/**
 * A partner's answers to the safety screening. Any "yes" flags the screening.
 *
 * <p>The questions are our own wording of what couple-therapy screening asks about (fear,
 * violence, threats, coercive control, forced intimacy); they are a prompt to seek individual
 * support, not a diagnosis.
 *
 * @param afraidOfPartner "Are you afraid of your partner, or of what they might do?"
 * @param hurtOrThreatened "In the past year, has your partner hurt you physically, or threatened
 *     to?"
 * @param controlled "Does your partner control your money, phone, whereabouts or who you see?"
 * @param pressuredIntoIntimacy "Has your partner pressured or forced you into sexual contact?"
 * @param unsafeAtHome "Do you feel unsafe at home?"
 */
public record ScreeningAnswers(
    boolean afraidOfPartner,
    boolean hurtOrThreatened,
    boolean controlled,
    boolean pressuredIntoIntimacy,
    boolean unsafeAtHome) {

  /** Answers with every question answered "no". */
  public static ScreeningAnswers allNo() {
    return new ScreeningAnswers(false, false, false, false, false);
  }

  /** Whether any answer is "yes": the screening then flags a safety concern. */
  public boolean flags() {
    return afraidOfPartner || hurtOrThreatened || controlled || pressuredIntoIntimacy
        || unsafeAtHome;
  }
}
