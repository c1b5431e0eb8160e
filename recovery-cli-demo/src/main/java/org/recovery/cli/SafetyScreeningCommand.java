package org.recovery.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.recovery.core.journey.PersonalCommand.CompleteSafetyScreening;
import org.recovery.core.progress.CrisisDirectory;
import org.recovery.core.progress.CrisisResource;
import org.recovery.core.safety.ScreeningAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code recovery safety-screening}: the private safety screen, HARK's four questions about the
 * last year (Sohal, Eldridge & Feder 2007).
 */
@Command(
    name = "safety-screening",
    description = {
      "Answer the private safety screening: four"
          + " questions about the last year from HARK, a published screen (Sohal, Eldridge & Feder"
          + " 2007). Give each option that is true for you; leave out the others.",
      "Your partner never sees your answers. If any is true, the journey is put on hold: your"
          + " suggestions switch to support of your own, nothing counts against either of you, and"
          + " commitments that could be used to control are stopped. Your partner sees only that"
          + " the journey is on hold, never why."
    })
final class SafetyScreeningCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--humiliated",
      description =
          "Within the last year, you have been humiliated"
              + " or emotionally abused in other ways by your partner or your ex-partner.")
  private boolean humiliated;

  @Option(
      names = "--afraid",
      description =
          "Within the last year, you have been afraid of your" + " partner or ex-partner.")
  private boolean afraid;

  @Option(
      names = "--forced",
      description =
          "Within the last year, you have been raped or forced"
              + " to have any kind of sexual activity by your partner or ex-partner.")
  private boolean forced;

  @Option(
      names = "--hurt",
      description =
          "Within the last year, you have been kicked, hit,"
              + " slapped or otherwise physically hurt by your partner or ex-partner.")
  private boolean hurt;

  @Override
  public Integer call() {
    ScreeningAnswers answers = ScreeningAnswers.hark(humiliated, afraid, forced, hurt);
    try (Session session = root.session()) {
      Recorder.print(session, session.execute(new CompleteSafetyScreening(answers)));
      PrintWriter out = session.context().out();
      out.println(session.names().other() + " cannot see this screening.");
      if (answers.flags()) {
        out.println(
            "What you answered raises a safety concern. Please reach out for support"
                + " of your own:");
        for (CrisisResource r : CrisisDirectory.standard().forRegion("")) {
          out.println("  " + r.name() + " — " + r.contact());
        }
      }
    }
    return 0;
  }
}
