package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.PrivacyDefault;

/**
 * The CLI decides nothing itself: who sees an entry is the core's {@link PrivacyDefault} unless the
 * person chose, and what status lists as waiting is the core's agenda.
 */
class CoreDefaultsTest extends CliTestCase {

  @Test
  void withoutAChoiceEachEntryIsSharedOrKeptAsTheCoreSays() {
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "5",
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5",
            "--note",
            "Just for me."));
    Harness.expectOk(cli.as("Sam", "therapy", "--kind", "individual"));
    Harness.expectOk(cli.as("Sam", "therapy", "--kind", "couples"));
    Harness.expectOk(cli.as("Sam", "forgiveness", "open-to-it"));
    Harness.expectOk(cli.as("Sam", "questionnaire", "take", "csi-4", "4", "3", "3", "4"));

    String alexSees = cli.as("Alex", "timeline").out();

    seen(alexSees, "Sam checked in", PrivacyDefault.CHECK_IN);
    seen(alexSees, "Just for me.", PrivacyDefault.CHECK_IN_NOTE);
    seen(alexSees, "individual therapy session", PrivacyDefault.INDIVIDUAL_THERAPY);
    seen(alexSees, "couples therapy session", PrivacyDefault.COUPLES_THERAPY);
    seen(alexSees, "step of forgiving", PrivacyDefault.FORGIVENESS);
    seen(alexSees, "completed the questionnaire", PrivacyDefault.QUESTIONNAIRE);
  }

  @Test
  void aChoiceOverridesTheDefaultAndTwoChoicesAreRefusedInWords() {
    Harness.expectOk(
        cli.as(
            "Sam",
            "checkin",
            "--safety",
            "5",
            "--trust",
            "5",
            "--closeness",
            "5",
            "--hope",
            "5",
            "--note",
            "You may read this.",
            "--share-note"));
    Harness.expectOk(
        cli.as("Sam", "questionnaire", "take", "csi-4", "--share", "4", "3", "3", "4"));
    Harness.Run both = cli.as("Sam", "therapy", "--kind", "couples", "--shared", "--private");

    assertThat(cli.as("Alex", "timeline").out())
        .contains("You may read this.", "completed the questionnaire");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("Say --shared or --private, not both.");
  }

  @Test
  void statusListsWhatTheCoresAgendaSaysIsWaiting() {
    Harness.expectOk(
        cli.as(
            "Sam",
            "commitment",
            "propose",
            "--title",
            "Evening walk",
            "--owner",
            "Alex",
            "--cadence",
            "daily",
            "--category",
            "connection"));

    String alex = cli.as("Alex", "status").out();
    String sam = cli.as("Sam", "status").out();

    assertThat(alex).contains("Waiting for you today", "Evening walk", "accept it or decline it");
    assertThat(sam).contains("Waiting for you today").doesNotContain("accept it or decline");
  }

  private static void seen(String timeline, String entry, PrivacyDefault kind) {
    if (kind.visibility() == Visibility.SHARED) {
      assertThat(timeline).as(kind.name()).contains(entry);
    } else {
      assertThat(timeline).as(kind.name()).doesNotContain(entry);
    }
  }
}
