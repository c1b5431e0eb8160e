package org.recovery.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.PrivacyDefault;
import org.recovery.core.progress.CrisisDirectory;
import org.recovery.core.progress.CrisisResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code recovery checkin}: a partner's daily check-in. */
@Command(
    name = "checkin",
    description = {
      "Check in for a day: four ratings from 0 to 10, what" + " happened, and an optional note.",
      "Your ratings are shared with your partner and your note is kept to yourself, unless you"
          + " choose otherwise (--private-check-in, --share-note)."
    })
final class CheckInCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Option(
      names = "--safety",
      required = true,
      paramLabel = "0-10",
      description = "How emotionally safe you feel with your partner.")
  private int safety;

  @Option(
      names = "--trust",
      required = true,
      paramLabel = "0-10",
      description = "How much you trust your partner today.")
  private int trust;

  @Option(
      names = "--closeness",
      required = true,
      paramLabel = "0-10",
      description = "How close you feel.")
  private int closeness;

  @Option(
      names = "--hope",
      required = true,
      paramLabel = "0-10",
      description = "How hopeful you are about the relationship.")
  private int hope;

  @Option(names = "--vulnerable", description = "You shared something vulnerable.")
  private boolean vulnerable;

  @Option(names = "--triggered", description = "You were triggered.")
  private boolean triggered;

  @Option(
      names = "--outbursts",
      paramLabel = "N",
      defaultValue = "0",
      description = "How many reactive outbursts you had (default: 0).")
  private int outbursts;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "A note, kept to yourself unless --share-note.")
  private String note;

  @Option(names = "--share-note", description = "Let your partner read the note.")
  private boolean shareNote;

  @Option(names = "--private", description = "Keep the note to yourself (the default).")
  private boolean privateNote;

  @Option(
      names = "--private-check-in",
      description = "Keep the whole check-in to yourself, ratings included.")
  private boolean privateCheckIn;

  @Option(
      names = "--crisis",
      description =
          "You are not safe, or are thinking of harming"
              + " yourself. The whole check-in then stays private to you, ratings and note included;"
              + " shows where to get help now. Any time later: `recovery crisis`.")
  private boolean crisis;

  @Option(
      names = "--day",
      paramLabel = "DAY",
      defaultValue = "today",
      description = "The day: today, yesterday or a date (default: today).")
  private String day;

  @Override
  public Integer call() {
    if (privateCheckIn && shareNote) {
      throw CliFailure.usage(
          "A private check-in keeps its note private too: leave out" + " --share-note.");
    }
    Visibility noteVisibility =
        privateCheckIn
            ? Visibility.PRIVATE
            : Sharing.of(PrivacyDefault.CHECK_IN_NOTE, shareNote, privateNote, "--share-note");
    Visibility visibility =
        privateCheckIn ? Visibility.PRIVATE : PrivacyDefault.CHECK_IN.visibility();
    int code =
        Recorder.record(
            root,
            session ->
                new RecordCheckIn(
                    CheckInId.random(),
                    Input.day("--day", day, session.today()),
                    new Ratings(safety, trust, closeness, hope),
                    vulnerable,
                    triggered,
                    outbursts,
                    note,
                    noteVisibility,
                    visibility,
                    crisis));
    if (crisis) {
      printCrisisResources(root.context().out());
    }
    return code;
  }

  static void printCrisisResources(PrintWriter out) {
    out.println();
    out.println("You said you are not safe. This stays private to you.");
    out.println(
        "If you are in danger now, call your local emergency number. You can also" + " reach:");
    List<CrisisResource> resources = CrisisDirectory.standard().forRegion("");
    for (CrisisResource r : resources) {
      out.println("  " + r.name() + " — " + r.contact());
      out.println("    " + r.description());
    }
  }
}
