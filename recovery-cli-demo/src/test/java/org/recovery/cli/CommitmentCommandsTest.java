package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitmentCommandsTest {
  @TempDir Path directory;
  Harness cli;
  String id;

  @BeforeEach
  void setUp() {
    cli = new Harness(directory).withBetrayal();
    Harness.Run proposed =
        Harness.expectOk(
            cli.as(
                "Sam",
                "commitment",
                "propose",
                "--title",
                "Share the calendar",
                "--owner",
                "Alex",
                "--cadence",
                "daily",
                "--category",
                "transparency"));
    id = Harness.idAfter("proposed commitment ", proposed.out());
  }

  @Test
  void proposingSaysWhatWasProposed() {
    assertThat(cli.as("Alex", "commitment", "list").out())
        .contains(
            id,
            "Share the calendar",
            "Alex · daily · transparency · low cost · self-reported · proposed");
  }

  @Test
  void nobodyAcceptsTheirOwnProposal() {
    Harness.Run bySam = cli.as("Sam", "commitment", "accept", id);
    Harness.Run byAlex = cli.as("Alex", "commitment", "accept", id);

    assertThat(bySam.code()).isEqualTo(1);
    assertThat(bySam.err())
        .contains(
            "Alex must accept \"Share the calendar\"; nobody accepts" + " their own proposal.");
    assertThat(byAlex.out()).contains("Alex accepted commitment " + id);
  }

  @Test
  void aProposalCanBeDeclined() {
    Harness.Run run = cli.as("Alex", "commitment", "decline", id);

    assertThat(run.out()).contains("Alex declined commitment " + id);
    assertThat(cli.as("Alex", "commitment", "accept", id).err())
        .contains("\"Share the calendar\" is declined.");
  }

  @Test
  void daysAreReportedConfirmedAndDisputed() {
    active();
    Harness.Run kept = cli.as("Alex", "commitment", "report", id, "--kept");
    Harness.Run again = cli.as("Alex", "commitment", "report", id, "--missed");
    Harness.Run confirmed = cli.as("Sam", "commitment", "confirm", id);
    Harness.Run ownConfirm = cli.as("Alex", "commitment", "confirm", id, "--day", "today");
    cli.advanceDays(1);
    Harness.expectOk(cli.as("Alex", "commitment", "report", id, "--kept", "--day", "today"));
    Harness.Run disputed = cli.as("Sam", "commitment", "dispute", id);

    assertThat(kept.out()).contains("reported commitment " + id, "kept on 2025-03-10");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("2025-03-10 is already reported kept.");
    assertThat(confirmed.out()).contains("Sam confirmed the report");
    assertThat(ownConfirm.err()).contains("You made this report; Sam is the one to confirm");
    assertThat(disputed.out()).contains("Sam disputed the report", "2025-03-11");
  }

  @Test
  void onlyTheOwnerReportsADayKept() {
    active();
    Harness.Run run = cli.as("Sam", "commitment", "report", id, "--kept");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("Only Alex reports \"Share the calendar\" kept");
  }

  @Test
  void aReportSaysKeptOrMissed() {
    active();
    Harness.Run neither = cli.as("Alex", "commitment", "report", id);
    Harness.Run both = cli.as("Alex", "commitment", "report", id, "--kept", "--missed");

    assertThat(neither.code()).isEqualTo(2);
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err())
        .contains("Say either --kept or --missed.", "See `recovery commitment report --help`.");
  }

  @Test
  void easingByTheOwnerWaitsForTheCoolingOff() {
    active();
    Harness.Run eased = cli.as("Alex", "commitment", "revise", id, "--cadence", "3/week");
    Harness.Run same = cli.as("Alex", "commitment", "revise", id, "--cadence", "3/week");

    assertThat(eased.out()).contains("revised commitment " + id, "to 3/week", "from 2025-03-17");
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.err()).contains("already asks 3/week");
  }

  @Test
  void anOwnersPauseWaitsButThePartnerCanGrantOne() {
    active();
    Harness.Run own = cli.as("Alex", "commitment", "pause", id, "--until", "2025-03-12");
    Harness.Run granted = cli.as("Sam", "commitment", "pause", id, "--until", "2025-03-12");

    assertThat(own.code()).isEqualTo(1);
    assertThat(own.err()).contains("7-day cooling-off", "Sam can grant an earlier one.");
    assertThat(granted.out()).contains("paused commitment " + id, "from 2025-03-10 to 2025-03-12");
  }

  @Test
  void retiringByThePartnerIsImmediate() {
    active();
    Harness.Run run = cli.as("Sam", "commitment", "retire", id);

    assertThat(run.out()).contains("Sam retired commitment " + id, "from 2025-03-10");
  }

  @Test
  void aBadCadenceIsBadUsage() {
    Harness.Run run =
        cli.as("Sam", "commitment", "propose", "--title", "Call", "--cadence", "8/week");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "cadence spec \"8/week\" is not valid", "See `recovery commitment propose --help`.");
  }

  @Test
  void anUnknownShortIdIsBadUsage() {
    Harness.Run run = cli.as("Alex", "commitment", "accept", "0000");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("No commitment has an id starting with '0000'");
  }

  @Test
  void anUnknownWholeIdIsRefusedByTheRules() {
    Harness.Run run =
        cli.as("Alex", "commitment", "accept", "00000000-0000-4000-8000-000000000000");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("There is no commitment 00000000-0000-4000-8000-000000000000.");
  }

  @Test
  void aBlankTitleIsBadUsage() {
    Harness.Run run = cli.as("Sam", "commitment", "propose", "--title", " ", "--cadence", "daily");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid input", "title");
  }

  private void active() {
    Harness.expectOk(cli.as("Alex", "commitment", "accept", id));
    Harness.Run run = Harness.expectOk(cli.as("Alex", "commitment", "activate", id));
    assertThat(run.out())
        .contains("Alex started commitment " + id + " \"Share the calendar\"" + " from 2025-03-10");
  }
}
