package org.recovery.cli;

import java.io.PrintWriter;
import org.recovery.core.journey.Betrayal;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.Partner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery betrayal …}: what happened, responsibility taken, and feeling heard. */
@Command(
    name = "betrayal",
    description = "Record a betrayal; take responsibility for it; say whether you feel heard.")
final class BetrayalCommands extends Recorder.Group {
  @ParentCommand private RecoveryCommand root;

  @Command(
      name = "record",
      description =
          "Record a betrayal: what, who was hurt, who was"
              + " involved, and how and when it came to light.")
  int record(
      @Option(
              names = "--kind",
              required = true,
              paramLabel = "KIND",
              completionCandidates = Choices.Kinds.class,
              description = "What happened: ${COMPLETION-CANDIDATES}.")
          BetrayalKind kind,
      @Option(
              names = "--hurt",
              paramLabel = "NAME",
              description = "The partner who was hurt (default: the other one of --involved).")
          String hurt,
      @Option(
              names = "--involved",
              paramLabel = "NAME",
              description = "The partner who was involved (default: the other one of --hurt).")
          String involved,
      @Option(
              names = "--disclosed",
              description = "The involved partner told (default: the hurt partner found out).")
          boolean disclosed,
      @Option(
              names = "--on",
              paramLabel = "DAY",
              defaultValue = "today",
              description = "The day it came to light (default: today).")
          String on) {
    return Recorder.record(
        root,
        session -> {
          if (hurt == null && involved == null) {
            throw CliFailure.usage(
                "Say who was hurt (--hurt NAME) or who was involved" + " (--involved NAME).");
          }
          Partner hurtPartner =
              hurt != null
                  ? session.partnerNamed(hurt)
                  : Partners.other(session.started(), session.partnerNamed(involved).id());
          Partner involvedPartner =
              involved != null
                  ? session.partnerNamed(involved)
                  : Partners.other(session.started(), hurtPartner.id());
          return new RecordBetrayal(
              BetrayalId.random(),
              kind,
              hurtPartner.id(),
              involvedPartner.id(),
              disclosed ? Discovery.DISCLOSED : Discovery.DISCOVERED,
              Input.day("--on", on, session.today()));
        });
  }

  @Command(
      name = "acknowledge",
      description =
          "As the involved partner, take responsibility"
              + " for a betrayal, without deflecting or minimising, optionally in your own words.")
  int acknowledge(
      @Parameters(
              paramLabel = "BETRAYAL",
              arity = "0..1",
              description = "The betrayal's id (not needed when there is only one).")
          String id,
      @Option(
              names = "--statement",
              paramLabel = "TEXT",
              defaultValue = "",
              description = "What you want to say, in your words.")
          String statement) {
    return Recorder.record(
        root, session -> new TakeResponsibility(Refs.betrayal(session, id), statement));
  }

  @Command(name = "heard", description = "As the hurt partner, say whether you feel heard.")
  int heard(
      @Parameters(
              paramLabel = "BETRAYAL",
              arity = "0..1",
              description = "The betrayal's id (not needed when there is only one).")
          String id,
      @Option(
              names = "--level",
              required = true,
              paramLabel = "LEVEL",
              completionCandidates = Choices.Heard.class,
              description = "How heard you feel: ${COMPLETION-CANDIDATES}.")
          HeardLevel level) {
    return Recorder.record(
        root, session -> new RecordFeelingHeard(Refs.betrayal(session, id), level));
  }

  @Command(name = "list", description = "List the betrayals recorded.")
  int list() {
    try (Session session = root.session()) {
      PrintWriter out = session.context().out();
      Names names = session.names();
      if (session.view().state().betrayals().isEmpty()) {
        out.println("No betrayal is recorded.");
      }
      for (Betrayal b : session.view().state().betrayals().values()) {
        out.println(
            Words.shortId(b.id().value())
                + "  "
                + Words.words(b.kind())
                + " by "
                + names.of(b.involvedPartner())
                + ", hurt "
                + names.of(b.hurtPartner())
                + ", "
                + Words.words(b.cameToLight())
                + " on "
                + b.on());
      }
    }
    return 0;
  }
}
