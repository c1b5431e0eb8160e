package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.testing.RandomJourneys.FIRST;
import static org.recovery.core.testing.RandomJourneys.SECOND;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.CommitmentStatus;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.CommitmentEvent.CommitmentAccepted;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.rules.JourneyRules;
import org.recovery.core.progress.Progression;
import org.recovery.core.testing.JourneyRun;
import org.recovery.core.testing.JourneyRun.Turn;
import org.recovery.core.testing.RandomJourneys;
import org.recovery.core.testing.RandomJourneys.Step;

/**
 * Invariants of the journey aggregate over random command sequences ({@link RandomJourneys}): about
 * half of the commands are accepted, the rest refused, in couples' zones with DST changes and odd
 * offsets. {@code RandomJourneysTest} makes sure the journeys reach the states these properties are
 * about (revised boundaries, answered reports, monitoring allowed...).
 */
class JourneyProperties {
  private static final List<PartnerId> PARTNERS = List.of(FIRST, SECOND);

  @Provide
  Arbitrary<List<Step>> steps() {
    return RandomJourneys.steps();
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return RandomJourneys.zones();
  }

  @Property(tries = 200)
  void theSameStepsGiveTheSameHistoryAndState(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun once = RandomJourneys.run(steps, zone);
    JourneyRun twice = RandomJourneys.run(steps, zone);

    assertThat(twice.history()).isEqualTo(once.history());
    assertThat(twice.state()).isEqualTo(once.state());
  }

  @Property(tries = 200)
  void replayingAHistoryGivesTheStateBuiltEventByEvent(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    List<JourneyEvent> history = run.history();

    assertThat(Journey.replay(history)).isEqualTo(run.state());
    assertThat(run.state().version()).isEqualTo(history.size());
    for (Turn turn : run.turns()) {
      int after = turn.eventsBefore() + turn.decision().events().size();
      assertThat(Journey.replay(history.subList(0, after))).isEqualTo(turn.after());
    }
  }

  @Property(tries = 200)
  void aRefusedCommandChangesNothing(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);
    List<Turn> turns = run.turns();

    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      int eventsAfter =
          i + 1 < turns.size() ? turns.get(i + 1).eventsBefore() : run.history().size();
      if (!turn.decision().isAccepted()) {
        assertThat(turn.decision().events()).as("events of %s", turn.step()).isEmpty();
        assertThat(turn.after()).as("state after %s", turn.step()).isEqualTo(turn.before());
        assertThat(eventsAfter).as("history after %s", turn.step()).isEqualTo(turn.eventsBefore());
      }
    }
  }

  @Property(tries = 200)
  void decidingTwiceOnTheSameStateGivesTheSameDecision(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);

    for (Turn turn : run.turns()) {
      Step step = turn.step();
      Decision again =
          step.command() instanceof StageCommand
              ? Progression.decide(
                  RandomJourneys.MODEL,
                  JourneyHistory.of(run.history().subList(0, turn.eventsBefore())),
                  step.actor(),
                  step.command(),
                  turn.at())
              : JourneyRules.decide(
                  turn.before(),
                  step.actor(),
                  step.command(),
                  turn.at(),
                  InstrumentCatalogue.standard());
      assertThat(again).as("decision on %s", step).isEqualTo(turn.decision());
    }
  }

  @Property(tries = 200)
  void aViewHoldsNothingPrivateOfTheOtherPartner(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);

    for (PartnerId viewer : PARTNERS) {
      PartnerId other = other(viewer);
      JourneyView view = JourneyView.of(history, viewer);
      JourneyState seen = view.state();
      assertThat(view.events())
          .noneMatch(e -> e.visibility() == Visibility.PRIVATE && e.by().equals(other));
      assertThat(seen.consent().of(other)).isEmpty();
      assertThat(seen.safety().hasScreened(other)).isFalse();
      assertThat(seen.crisisFlags()).noneMatch(f -> f.by().equals(other));
      assertThat(seen.checkIns())
          .noneMatch(k -> k.partner().equals(other) && k.visibility() == Visibility.PRIVATE);
      assertThat(seen.therapySessions())
          .noneMatch(t -> t.by().equals(other) && t.visibility() == Visibility.PRIVATE);
      assertThat(seen.preferences().showsDayCounters(other)).isFalse();
      assertThat(seen.preferences().forgivenessSeenBy(other))
          .isIn(Optional.empty(), Optional.of(Visibility.SHARED));
    }
  }

  @Property(tries = 200)
  void whatAPartnerKeepsPrivateNeverReachesTheOtherPartner(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    JourneyRun run = RandomJourneys.run(steps, zone);

    for (Turn turn : run.turns()) {
      List<JourneyEvent> shown =
          turn.decision().events().stream()
              .filter(e -> e.isVisibleTo(other(turn.step().actor())))
              .toList();
      assertThat(shown)
          .as("shown of %s", turn.step())
          .noneMatch(
              e ->
                  e instanceof PersonalEvent.ConsentDeclared
                      || e instanceof PersonalEvent.SafetyScreeningCompleted
                      || e instanceof PersonalEvent.JournalEntryWritten
                      || e instanceof PersonalEvent.CrisisFlagged
                      || e instanceof PersonalEvent.DayCountersChosen);
      Histories.keptPrivate(turn.step().command())
          .ifPresent(
              type -> assertThat(shown).as("shown of %s", turn.step()).noneMatch(type::isInstance));
      if (turn.step().command() instanceof CheckInCommand.RecordCheckIn c
          && c.noteVisibility() == Visibility.PRIVATE) {
        assertThat(shown)
            .as("shown of %s", turn.step())
            .noneMatch(e -> e instanceof CheckInEvent.CheckInRecorded k && !k.note().isEmpty());
      }
    }
  }

  @Property(tries = 200)
  void theOtherPartnersPrivateEventsLeaveAViewUnchanged(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);

    for (PartnerId viewer : PARTNERS) {
      PartnerId other = other(viewer);
      List<JourneyEvent> withoutOthersPrivate =
          history.stream()
              .filter(e -> !(e.by().equals(other) && e.visibility() == Visibility.PRIVATE))
              .toList();
      JourneyView view = JourneyView.of(history, viewer);
      JourneyView trimmed = JourneyView.of(withoutOthersPrivate, viewer);
      // effectiveConsent is not compared: it is the documented exception (see JourneyView), the
      // lower of both partners' private declarations, which both partners live by.
      assertThat(trimmed.events()).isEqualTo(view.events());
      assertThat(trimmed.state()).isEqualTo(view.state());
    }
  }

  @Property(tries = 200)
  void effectiveConsentIsTheLowerOfBothLatestDeclarations(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);
    Map<PartnerId, ConsentLevel> latest = new HashMap<>();
    JourneyState state = Journey.replay(history.subList(0, 1));
    assertThat(state.consent().effective()).isEqualTo(ConsentLevel.NONE);

    for (JourneyEvent event : history.subList(1, history.size())) {
      if (event instanceof ConsentDeclared declared) {
        latest.put(declared.by(), declared.level());
      }
      state = Journey.apply(state, event);
      assertThat(state.consent().effective()).isEqualTo(lowerOfLatest(latest));
    }
    for (PartnerId viewer : PARTNERS) {
      assertThat(JourneyView.of(history, viewer).effectiveConsent())
          .isEqualTo(lowerOfLatest(latest));
    }
  }

  @Property(tries = 200)
  void everyActiveBoundaryWasAgreedByTheOtherPartnerThanItsProposer(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);
    JourneyState state = Journey.replay(history.subList(0, 1));

    for (int n = 2; n <= history.size(); n++) {
      List<JourneyEvent> past = history.subList(0, n);
      state = Journey.apply(state, past.get(n - 1));
      for (Boundary boundary : state.boundaries().values()) {
        if (boundary.isActive()) {
          BoundaryChangeAgreed agreed = Histories.agreement(past, boundary);
          JourneyEvent proposal = Histories.proposal(past, boundary, agreed);
          assertThat(agreed.by()).as("agreement to %s", proposal).isNotEqualTo(proposal.by());
          assertThat(boundary.agreedText()).contains(Histories.text(proposal));
        }
      }
    }
  }

  @Property(tries = 200)
  void noCommitmentIsAcceptedWithoutThePartnerWhoDidNotProposeIt(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);
    // Retired too: only an active commitment can be retired.
    Set<CommitmentStatus> agreed =
        Set.of(CommitmentStatus.ACCEPTED, CommitmentStatus.ACTIVE, CommitmentStatus.RETIRED);
    JourneyState state = Journey.replay(history.subList(0, 1));

    for (int n = 2; n <= history.size(); n++) {
      List<JourneyEvent> past = history.subList(0, n);
      state = Journey.apply(state, past.get(n - 1));
      for (Commitment c : state.commitments().values()) {
        if (agreed.contains(c.lifecycle())) {
          PartnerId proposer = Histories.proposalOf(past, c.id()).by();
          assertThat(past)
              .as("acceptance of %s", c.id())
              .anyMatch(
                  e ->
                      e instanceof CommitmentAccepted a
                          && a.commitment().equals(c.id())
                          && !a.by().equals(proposer));
        }
      }
    }
  }

  @Property(tries = 200)
  void nobodyConfirmsOrDisputesTheirOwnReport(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);
    Map<Map.Entry<CommitmentId, LocalDate>, PartnerId> reporters = new HashMap<>();

    for (JourneyEvent event : history) {
      if (event instanceof OccurrenceReported r) {
        reporters.put(Map.entry(r.commitment(), r.day()), r.by());
      } else if (event instanceof OccurrenceConfirmed c) {
        assertThat(reporters.get(Map.entry(c.commitment(), c.day())))
            .as("reporter before %s", c)
            .isNotNull()
            .isNotEqualTo(c.by());
      } else if (event instanceof OccurrenceDisputed d) {
        assertThat(reporters.get(Map.entry(d.commitment(), d.day())))
            .as("reporter before %s", d)
            .isNotNull()
            .isNotEqualTo(d.by());
      }
    }
  }

  /**
   * Monitoring (location, device or account access) can overlap with control: it moves only while
   * both partners have screened and neither's latest screening flags. This includes the rule that
   * nothing of it moves while a partner's latest screening flags.
   */
  @Property(tries = 200)
  void monitoringMovesOnlyWhileBothPartnersScreenedClear(
      @ForAll("steps") List<Step> steps, @ForAll("zones") ZoneId zone) {
    List<JourneyEvent> history = RandomJourneys.history(steps, zone);
    Map<PartnerId, Boolean> flagging = new HashMap<>();
    Map<CommitmentId, CommitmentCategory> categories = new HashMap<>();

    for (JourneyEvent event : history) {
      if (event instanceof SafetyScreeningCompleted s) {
        flagging.put(s.by(), s.answers().flags());
      } else if (event instanceof CommitmentProposed p) {
        categories.put(p.commitment(), p.category());
      }
      boolean moves =
          event instanceof CommitmentProposed
              || event instanceof CommitmentAccepted
              || event instanceof CommitmentActivated;
      if (moves
          && categories.get(((CommitmentEvent) event).commitment())
              == CommitmentCategory.MONITORING) {
        assertThat(flagging)
            .as("latest screenings before %s", event)
            .containsOnlyKeys(FIRST, SECOND)
            .doesNotContainValue(true);
      }
    }
  }

  private static PartnerId other(PartnerId partner) {
    return partner.equals(FIRST) ? SECOND : FIRST;
  }

  private static ConsentLevel lowerOfLatest(Map<PartnerId, ConsentLevel> latest) {
    return Collections.min(
        List.of(
            latest.getOrDefault(FIRST, ConsentLevel.NONE),
            latest.getOrDefault(SECOND, ConsentLevel.NONE)));
  }
}
