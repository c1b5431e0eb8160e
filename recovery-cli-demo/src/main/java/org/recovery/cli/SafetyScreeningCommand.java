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

/** {@code recovery safety-screening}: the private screening for fear, violence and control. */
@Command(name = "safety-screening", description = {"Complete the private safety screening:"
    + " give each option that is true for you; leave out the others.",
    "Your partner never sees it. If it raises a concern, suggestions switch to individual"
        + " support, and commitments that could be used to control are refused."})
final class SafetyScreeningCommand implements Callable<Integer> {
  @ParentCommand
  private RecoveryCommand root;

  @Option(names = "--afraid", description = "You are afraid of your partner, or of what they"
      + " might do.")
  private boolean afraid;

  @Option(names = "--hurt-or-threatened", description = "In the past year your partner hurt"
      + " you physically, or threatened to.")
  private boolean hurtOrThreatened;

  @Option(names = "--controlled", description = "Your partner controls your money, phone,"
      + " whereabouts or who you see.")
  private boolean controlled;

  @Option(names = "--pressured-into-intimacy", description = "Your partner pressured or forced"
      + " you into sexual contact.")
  private boolean pressured;

  @Option(names = "--unsafe-at-home", description = "You feel unsafe at home.")
  private boolean unsafeAtHome;

  @Override
  public Integer call() {
    ScreeningAnswers answers = new ScreeningAnswers(afraid, hurtOrThreatened, controlled,
        pressured, unsafeAtHome);
    try (Session session = root.session()) {
      Recorder.print(session, session.execute(new CompleteSafetyScreening(answers)));
      PrintWriter out = session.context().out();
      out.println(session.names().other() + " cannot see this screening.");
      if (answers.flags()) {
        out.println("What you answered raises a safety concern. Please reach out for support"
            + " of your own:");
        for (CrisisResource r : CrisisDirectory.standard().forRegion("")) {
          out.println("  " + r.name() + " — " + r.contact());
        }
      }
    }
    return 0;
  }
}
