package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;

/** One table of privacy defaults, the more private where in doubt, and the builder that uses it. */
class PrivacyDefaultTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void whatIsNotAChoiceIsPrivateAndOnlyTheSharedWorkOfTheCoupleIsSharedByDefault() {
    for (PrivacyDefault d : PrivacyDefault.values()) {
      if (!d.choosable()) {
        assertThat(d.visibility()).as(d.name()).isEqualTo(Visibility.PRIVATE);
      }
    }
    assertThat(PrivacyDefault.values())
        .filteredOn(d -> d.visibility() == Visibility.SHARED)
        .containsExactlyInAnyOrder(PrivacyDefault.CHECK_IN, PrivacyDefault.COUPLES_THERAPY);
    assertThat(PrivacyDefault.therapy(TherapyKind.INDIVIDUAL).visibility())
        .isEqualTo(Visibility.PRIVATE);
  }

  @Test
  void theConceptsPageShowsTheTableRowForRow() throws IOException {
    String concepts =
        Files.readString(Path.of("..", "docs", "concepts.md"), StandardCharsets.UTF_8);
    String table = concepts.substring(concepts.indexOf("| entry | seen by"));
    long rows = table.lines().takeWhile(l -> l.startsWith("|")).count() - 2;

    assertThat(rows).isEqualTo(PrivacyDefault.values().length);
    assertThat(table)
        .contains(
            "| journal entry | only its author | no, always private |",
            "| check-in note | only its author | yes |",
            "| check-in (ratings and answers) | both of you");
  }

  @Test
  void aCheckInBuiltWithDefaultsIsSharedWithItsNotePrivate() {
    RecordCheckIn c = RecordCheckIn.of(DAY, new Ratings(5, 6, 7, 8)).note("only mine").build();

    assertThat(c.visibility()).isEqualTo(Visibility.SHARED);
    assertThat(c.noteVisibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(c.crisis()).isFalse();
    assertThat(c.sharedSomethingVulnerable()).isFalse();
    assertThat(c.reactiveOutbursts()).isZero();
  }

  @Test
  void theBuilderSaysEachChoiceByName() {
    RecordCheckIn c =
        RecordCheckIn.of(DAY, new Ratings(1, 2, 3, 4))
            .sharedSomethingVulnerable()
            .triggered()
            .outbursts(2)
            .note("for both")
            .shareNote()
            .build();
    RecordCheckIn hidden =
        RecordCheckIn.of(DAY, new Ratings(1, 2, 3, 4)).note("n").shareNote().privately().build();

    assertThat(c.sharedSomethingVulnerable()).isTrue();
    assertThat(c.triggered()).isTrue();
    assertThat(c.reactiveOutbursts()).isEqualTo(2);
    assertThat(c.noteVisibility()).isEqualTo(Visibility.SHARED);
    assertThat(hidden.visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(hidden.noteVisibility()).isEqualTo(Visibility.PRIVATE);
  }
}
