package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryCommandsTest {
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
                "boundary",
                "propose",
                "--area",
                "communication",
                "--text",
                "No phones at dinner."));
    id = Harness.idAfter("proposed boundary ", proposed.out());
  }

  @Test
  void aBoundaryHoldsOnlyWhenBothAgreed() {
    Harness.Run bySam = cli.as("Sam", "boundary", "agree", id);
    Harness.Run byAlex = cli.as("Alex", "boundary", "agree", id);

    assertThat(bySam.code()).isEqualTo(1);
    assertThat(bySam.err())
        .contains("Alex must agree; one partner alone can never set a" + " boundary.");
    assertThat(byAlex.out()).contains("Alex agreed to the change of boundary " + id);
    assertThat(cli.as("Sam", "boundary", "list").out())
        .contains(id, "communication — agreed: \"No phones at dinner.\"");
  }

  @Test
  void revisingAndWithdrawingNeedTheOtherPartnerToo() {
    Harness.expectOk(cli.as("Alex", "boundary", "agree", id));
    Harness.Run revised = cli.as("Alex", "boundary", "revise", id, "--text", "No phones at meals.");
    Harness.Run declined = cli.as("Sam", "boundary", "decline", id);
    Harness.Run withdraw = cli.as("Sam", "boundary", "withdraw", id);

    assertThat(revised.out()).contains("proposed new wording for boundary " + id);
    assertThat(declined.out()).contains("Sam declined the change of boundary " + id);
    assertThat(withdraw.out()).contains("Sam proposed ending boundary " + id);
    assertThat(cli.as("Alex", "boundary", "list").out())
        .contains("waiting for an answer:" + " ending the boundary");
  }

  @Test
  void anAgreementNamesTheRevisionItRead() {
    String listed = cli.as("Alex", "boundary", "list").out();
    Harness.Run stale = cli.as("Alex", "boundary", "agree", id, "--revision", "7");
    Harness.Run read = cli.as("Alex", "boundary", "agree", id, "--revision", "1");

    assertThat(listed).contains("revision 1, proposed by Sam");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains("replaced by a newer proposal");
    assertThat(read.code()).as(read.toString()).isZero();
  }

  @Test
  void oneChangeWaitsAtATimeAndOnlyAnAgreedBoundaryIsWithdrawn() {
    Harness.Run pending = cli.as("Alex", "boundary", "revise", id, "--text", "Other words.");
    Harness.expectOk(cli.as("Alex", "boundary", "decline", id));
    Harness.Run withdraw = cli.as("Alex", "boundary", "withdraw", id);
    Harness.Run reworded = cli.as("Alex", "boundary", "revise", id, "--text", "Other words.");

    assertThat(pending.code()).isEqualTo(1);
    assertThat(pending.err())
        .contains("A change to this boundary is already waiting for an" + " answer.");
    assertThat(withdraw.code()).isEqualTo(1);
    assertThat(withdraw.err())
        .contains("Only a boundary both partners agreed to can be revised" + " or withdrawn.");
    assertThat(reworded.out()).contains("proposed new wording for boundary " + id);
  }

  @Test
  void anUnknownAreaIsBadUsage() {
    Harness.Run run = cli.as("Sam", "boundary", "propose", "--area", "phones", "--text", "x");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'phones' is not one of privacy-and-devices");
  }
}
