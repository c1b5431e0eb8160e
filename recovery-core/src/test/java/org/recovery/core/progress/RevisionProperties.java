package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.indicator.ScorePoint;
import org.recovery.core.journey.CommitmentCommand.ReportOccurrence;
import org.recovery.core.journey.CommitmentCommand.ReviseCommitment;
import org.recovery.core.testing.TestJourney;

/**
 * Changing a commitment's terms never rewrites its past: every score point dated before the change
 * takes effect is the same as without the change, whoever asks for it and whatever the new cadence.
 */
class RevisionProperties {

  @Provide
  Arbitrary<List<Character>> days() {
    return Arbitraries.of('k', 'm', '-').list().ofMinSize(2).ofMaxSize(45);
  }

  @Provide
  Arbitrary<Cadence> cadences() {
    return Arbitraries.of("1/week", "3/week", "mon,wed,fri", "monthly:3", "continuous")
        .map(Cadence::parse);
  }

  @Property(tries = 150)
  void aRevisionNeverChangesAScorePointDatedBeforeItTakesEffect(
      @ForAll("days") List<Character> days,
      @ForAll @IntRange(min = 1, max = 44) int reviseOn,
      @ForAll("cadences") Cadence next,
      @ForAll boolean byOwner,
      @ForAll Verification verification) {
    int change = Math.min(reviseOn, days.size() - 1);
    TestJourney revised = TestJourney.started();
    TestJourney kept = TestJourney.started();
    CommitmentId a = revised.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    CommitmentId b = kept.activeCommitmentOfAlex(Cadence.daily(), Verification.SELF_REPORTED);
    for (int d = 0; d < days.size(); d++) {
      if (d == change) {
        revised.run(
            byOwner ? revised.alexId() : revised.samId(),
            new ReviseCommitment(a, next, verification));
      }
      report(revised, a, days.get(d));
      report(kept, b, days.get(d));
      revised.days(1);
      kept.days(1);
    }
    LocalDate effective = revised.state().commitment(a).orElseThrow().latestTerms().effectiveFrom();

    assertThat(before(history(revised), effective)).isEqualTo(before(history(kept), effective));
  }

  private static void report(TestJourney j, CommitmentId c, char day) {
    if (day != '-') {
      j.run(
          j.alexId(),
          new ReportOccurrence(c, j.today(), day == 'k' ? ReportKind.KEPT : ReportKind.MISSED));
    }
  }

  private static List<ScorePoint> history(TestJourney j) {
    return j.reportOf(j.alexId()).indicators().commitments().get(0).history();
  }

  private static List<ScorePoint> before(List<ScorePoint> points, LocalDate day) {
    return points.stream().filter(p -> p.day().isBefore(day)).toList();
  }
}
