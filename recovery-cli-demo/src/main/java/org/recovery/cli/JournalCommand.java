package org.recovery.cli;

import java.util.concurrent.Callable;
import org.recovery.core.journey.PersonalCommand.WriteJournalEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code recovery journal TEXT}: a private journal entry. */
@Command(name = "journal", description = "Write a private journal entry. Only you ever see it.")
final class JournalCommand implements Callable<Integer> {
  @ParentCommand private RecoveryCommand root;

  @Parameters(paramLabel = "TEXT", description = "What you want to write.")
  private String text;

  @Option(
      names = "--day",
      paramLabel = "DAY",
      defaultValue = "today",
      description = "The day it is about (default: today).")
  private String day;

  @Override
  public Integer call() {
    return Recorder.record(
        root, session -> new WriteJournalEntry(Input.day("--day", day, session.today()), text));
  }
}
