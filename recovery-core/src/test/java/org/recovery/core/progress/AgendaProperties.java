package org.recovery.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.testing.JourneyRun;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;

/** The agenda answers as the rules do, and shows nothing private of the other partner. */
class AgendaProperties {
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

  private static Agenda agenda(List<JourneyEvent> history, PartnerId viewer, Instant at) {
    return Agenda.of(RandomJourneys.MODEL, InstrumentCatalogue.standard(), history, viewer, at);
  }

  /**
   * Every open action that carries its command is accepted when sent at that instant; every closed
   * one is refused with exactly the refusal it shows; and every due item names only actions that
   * are open.
   */
  @Property(tries = 60)
  void theAgendaSaysWhatTheRulesSay(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    Instant at = run.history().get(run.history().size() - 1).at().plusSeconds(60);
    var full = Journey.replay(run.history());
    for (PartnerId viewer : PARTNERS) {
      Agenda agenda = agenda(run.history(), viewer, at);
      for (Agenda.Action action : agenda.actions()) {
        if (action.command().isEmpty()) {
          continue;
        }
        Decision d =
            Progression.decide(
                RandomJourneys.MODEL,
                InstrumentCatalogue.standard(),
                JourneyHistory.of(run.history()),
                viewer,
                action.command().get(),
                at);
        assertThat(d.rejection()).as(action.label()).isEqualTo(action.closed());
      }
      for (Agenda.Due due : agenda.due()) {
        assertThat(due.actions())
            .allSatisfy(
                kind ->
                    assertThat(agenda.action(kind, due.target()))
                        .as(due.sentence())
                        .get()
                        .satisfies(a -> assertThat(a.isOpen()).isTrue()));
      }
    }
  }

  /**
   * A partner's agenda is the same whether or not the other partner's private entries are there,
   * but for the documented shared facts (consent level, who has screened, the hold).
   */
  @Property(tries = 60)
  void nothingPrivateOfTheOtherPartnerShowsInAnAgenda(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    Instant at = run.history().get(run.history().size() - 1).at().plusSeconds(60);
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
      assertThat(agenda(without, viewer, at)).isEqualTo(agenda(run.history(), viewer, at));
    }
  }
}
