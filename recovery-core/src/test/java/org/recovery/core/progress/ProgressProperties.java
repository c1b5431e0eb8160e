package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.testing.JourneyRun;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;
import org.recovery.core.testing.WordedInstruments;

/** Invariants of the progress report over random journeys. */
class ProgressProperties {
  private static final List<PartnerId> PARTNERS =
      List.of(RandomJourneys.FIRST, RandomJourneys.SECOND);

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps(40);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return RandomJourneys.zones();
  }

  @Property(tries = 60)
  void theSameHistoryAndInstantAlwaysGiveTheSameReport(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    Instant asOf = end(run);
    for (PartnerId viewer : PARTNERS) {
      assertThat(Progress.report(RandomJourneys.MODEL, run.history(), viewer, asOf))
          .isEqualTo(
              Progress.report(RandomJourneys.MODEL, List.copyOf(run.history()), viewer, asOf));
    }
  }

  /**
   * A's report is the same whether or not B's private entries are there. B's consent declarations
   * and safety screenings stay: the effective consent level and whether each has screened are the
   * documented shared facts.
   */
  @Property(tries = 60)
  void nothingPrivateOfTheOtherPartnerShowsInAReport(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    Instant asOf = end(run);
    for (PartnerId viewer : PARTNERS) {
      PartnerId other = viewer.equals(PARTNERS.get(0)) ? PARTNERS.get(1) : PARTNERS.get(0);
      List<JourneyEvent> without =
          run.history().stream()
              .filter(
                  e ->
                      e.visibility() == Visibility.SHARED
                          || !e.by().equals(other)
                          || e instanceof ConsentDeclared
                          || e instanceof SafetyScreeningCompleted)
              .toList();
      assertThat(Progress.report(RandomJourneys.MODEL, without, viewer, asOf))
          .isEqualTo(Progress.report(RandomJourneys.MODEL, run.history(), viewer, asOf));
    }
  }

  /**
   * A partner's questionnaire schedule counts only their own completions, shared or private; its
   * next due day is the interval after the last completion (or the first day), and it is due
   * exactly when that day has come.
   */
  @Property(tries = 60)
  void aQuestionnaireScheduleCountsOnlyTheViewersOwnCompletions(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    Instant asOf = end(run);
    java.time.LocalDate today = run.state().dayOf(asOf);
    for (PartnerId viewer : PARTNERS) {
      List<JourneyEvent> withoutTheOthers =
          run.history().stream()
              .filter(e -> !(e instanceof InstrumentCompleted) || e.by().equals(viewer))
              .toList();
      List<ScheduledQuestionnaire> schedule =
          Progress.report(
                  RandomJourneys.MODEL,
                  WordedInstruments.catalogue(),
                  run.history(),
                  viewer,
                  asOf,
                  CrisisDirectory.standard(),
                  "")
              .questionnaires();

      assertThat(
              Progress.report(
                      RandomJourneys.MODEL,
                      WordedInstruments.catalogue(),
                      withoutTheOthers,
                      viewer,
                      asOf,
                      CrisisDirectory.standard(),
                      "")
                  .questionnaires())
          .isEqualTo(schedule);
      assertThat(schedule)
          .hasSize(run.state().hasEnded() ? 0 : RandomJourneys.MODEL.questionnaires().size());
      for (ScheduledQuestionnaire q : schedule) {
        assertThat(q.nextDue())
            .isEqualTo(
                q.lastCompleted()
                    .map(last -> last.plusDays(q.everyDays()))
                    .orElse(run.state().startDay()));
        assertThat(q.due()).isEqualTo(!q.nextDue().isAfter(today));
      }
    }
  }

  @Property(tries = 60)
  void suggestionsNeverExceedTheEffectiveConsentNorMonitorWhileAConcernStands(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    Instant asOf = end(run);
    RecoveryModel everything = EveryPractice.model();
    ConsentLevel effective = run.state().consent().effective();
    boolean concern = run.state().safety().concernStands();
    for (PartnerId viewer : PARTNERS) {
      ProgressReport r = Progress.report(everything, run.history(), viewer, asOf);
      assertThat(r.suggestions())
          .allSatisfy(
              p -> {
                assertThat(effective.allows(p.requires())).isTrue();
                if (concern) {
                  assertThat(p.monitoring()).isFalse();
                }
                if (run.state().safety().concernStandsFor(viewer)) {
                  assertThat(p.individualSupport()).isTrue();
                }
              });
    }
  }

  @Property(tries = 60)
  void everyScoreInTheReportStaysBetweenZeroAndOne(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    for (PartnerId viewer : PARTNERS) {
      Indicators i =
          Progress.report(RandomJourneys.MODEL, run.history(), viewer, end(run)).indicators();
      i.overallReliability().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
      assertThat(i.commitments()).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
    }
  }

  private static Instant end(JourneyRun run) {
    return run.history().get(run.history().size() - 1).at().plus(Duration.ofHours(1));
  }

  /**
   * The standard model's stages, each offering practices of every kind, monitoring included, so
   * random journeys (which follow the standard model) can be reported under it.
   */
  static final class EveryPractice {
    static RecoveryModel model() {
      RecoveryModel standard = StandardModel.create();
      List<Stage> stages = new java.util.ArrayList<>();
      for (Stage s : standard.stages()) {
        String p = s.id().value() + "-";
        List<Practice> practices =
            List.of(
                practice(p + "talk", ConsentLevel.NONE, false, false),
                practice(p + "hug", ConsentLevel.AFFECTIONATE_GESTURES, false, false),
                practice(p + "intimacy", ConsentLevel.PHYSICAL_INTIMACY, false, false),
                practice(p + "share-location", ConsentLevel.NONE, true, false),
                practice(p + "see-a-counsellor", ConsentLevel.NONE, false, true));
        stages.add(
            new Stage(s.id(), s.name(), s.purpose(), practices, s.gates(), s.requiredConsent()));
      }
      return new RecoveryModel(
          "every",
          1,
          "Every practice",
          stages,
          standard.fallbackOnSevereSetback(),
          ModelParameters.DEFAULTS);
    }

    private static Practice practice(
        String id, ConsentLevel requires, boolean monitoring, boolean individual) {
      return new Practice(
          id, id, "Do " + id + ".", Audience.COUPLE, requires, monitoring, individual, "test");
    }
  }
}
