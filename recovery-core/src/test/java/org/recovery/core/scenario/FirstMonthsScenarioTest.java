package org.recovery.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.Journeys;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.OccurrenceOutcome;
import org.recovery.core.commitment.OccurrenceStatus;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalCommand;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.BoundaryCommand;
import org.recovery.core.journey.CheckInCommand.RecordCheckIn;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.LifecycleCommand;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalCommand.DeclareConsent;
import org.recovery.core.journey.Settings;
import org.recovery.core.spi.InMemoryEventStore;
import org.recovery.core.testing.MutableClock;

/**
 * Maya found out about Daniel's affair. This test follows their first two months through the public
 * API: discovery, acknowledgment, commitments kept for weeks with a missed day and a dispute, a
 * boundary both agree to, and consent levels that diverge and are withdrawn.
 */
class FirstMonthsScenarioTest {
  private final MutableClock clock =
      new MutableClock(java.time.Instant.parse("2026-01-05T19:30:00Z"));
  private final Journeys journeys = Journeys.using(new InMemoryEventStore(), clock);
  private final Partner maya = Partner.named("Maya");
  private final Partner daniel = Partner.named("Daniel");
  private final ZoneId lisbon = ZoneId.of("Europe/Lisbon");
  private JourneyId journey;

  @Test
  void theFirstTwoMonthsOfAJourney() {
    // Maya discovered the affair the day before; she starts the journey with Daniel.
    journey = journeys.start(maya, daniel, lisbon, Settings.DEFAULTS);
    BetrayalId affair = BetrayalId.random();
    ok(
        maya.id(),
        new BetrayalCommand.RecordBetrayal(
            affair,
            BetrayalKind.SEXUAL_AFFAIR,
            maya.id(),
            daniel.id(),
            Discovery.DISCOVERED,
            today().minusDays(1)));
    ok(maya.id(), new LifecycleCommand.DecideToTry());
    ok(daniel.id(), new LifecycleCommand.DecideToTry());

    // Maya is the one hurt: only Daniel can take responsibility, and only Maya says if she is
    // heard.
    refused(
        maya.id(),
        new BetrayalCommand.TakeResponsibility(affair, "sorry"),
        RejectionCode.NOT_THE_INVOLVED_PARTNER);
    ok(
        daniel.id(),
        new BetrayalCommand.TakeResponsibility(
            affair, "I lied to you for months. It was my choice, not something you caused."));
    ok(maya.id(), new BetrayalCommand.RecordFeelingHeard(affair, HeardLevel.NOT_YET));

    // Maya asks for a daily evening check-in she confirms, and no contact with the affair partner.
    CommitmentId evenings = CommitmentId.random();
    CommitmentId noContact = CommitmentId.random();
    ok(
        maya.id(),
        new CommitmentCommand.ProposeCommitment(
            evenings,
            daniel.id(),
            "15-minute check-in every evening",
            CommitmentCategory.COMMUNICATION,
            Cost.LOW,
            Cadence.daily(),
            Verification.PARTNER_CONFIRMED));
    ok(
        maya.id(),
        new CommitmentCommand.ProposeCommitment(
            noContact,
            daniel.id(),
            "No contact with the affair partner",
            CommitmentCategory.NO_CONTACT,
            Cost.HIGH,
            Cadence.continuous(),
            Verification.SELF_REPORTED));
    refused(
        maya.id(),
        new CommitmentCommand.AcceptCommitment(evenings),
        RejectionCode.NEEDS_THE_OTHER_PARTNER);
    for (CommitmentId c : List.of(evenings, noContact)) {
      ok(daniel.id(), new CommitmentCommand.AcceptCommitment(c));
      ok(daniel.id(), new CommitmentCommand.ActivateCommitment(c, today()));
    }
    LocalDate firstDay = today();

    // Three weeks: Daniel reports every evening and Maya confirms, except day 10 (missed)
    // and day 15, which Maya disputes.
    for (int day = 0; day < 21; day++) {
      if (day == 10) {
        ok(
            daniel.id(),
            new CommitmentCommand.ReportOccurrence(evenings, today(), ReportKind.MISSED));
      } else {
        ok(daniel.id(), new CommitmentCommand.ReportOccurrence(evenings, today(), ReportKind.KEPT));
        JourneyCommand answer =
            day == 15
                ? new CommitmentCommand.DisputeOccurrence(evenings, today())
                : new CommitmentCommand.ConfirmOccurrence(evenings, today());
        ok(maya.id(), answer);
      }
      ok(maya.id(), checkIn(3 + day / 5, day % 4 == 0, ""));
      clock.advance(Duration.ofDays(1));
    }

    List<OccurrenceStatus> evenings21 =
        state(maya.id())
            .commitment(evenings)
            .orElseThrow()
            .occurrences(
                firstDay,
                firstDay.plusDays(20),
                clock.instant(),
                lisbon,
                Settings.DEFAULTS.reportGrace(),
                List.of());
    assertThat(evenings21)
        .extracting(OccurrenceStatus::outcome)
        .containsOnly(OccurrenceOutcome.KEPT, OccurrenceOutcome.MISSED, OccurrenceOutcome.DISPUTED);
    assertThat(count(evenings21, OccurrenceOutcome.KEPT)).isEqualTo(19);
    assertThat(count(evenings21, OccurrenceOutcome.MISSED)).isEqualTo(1);
    assertThat(count(evenings21, OccurrenceOutcome.DISPUTED)).isEqualTo(1);
    // No breach of no-contact was reported: every past day of it counts as kept.
    assertThat(
            state(daniel.id())
                .commitment(noContact)
                .orElseThrow()
                .occurrences(
                    firstDay,
                    firstDay.plusDays(20),
                    clock.instant(),
                    lisbon,
                    Settings.DEFAULTS.reportGrace(),
                    List.of()))
        .extracting(OccurrenceStatus::outcome)
        .containsOnly(OccurrenceOutcome.KEPT);

    // A boundary about phones: Daniel proposes, and it is active only once Maya agrees.
    BoundaryId phones = BoundaryId.random();
    ok(
        daniel.id(),
        new BoundaryCommand.ProposeBoundary(
            phones,
            BoundaryArea.PRIVACY_AND_DEVICES,
            "Phones stay in the kitchen after 22:00, for both of us."));
    refused(
        daniel.id(),
        new BoundaryCommand.AgreeToBoundaryChange(phones),
        RejectionCode.NEEDS_THE_OTHER_PARTNER);
    assertThat(state(maya.id()).boundary(phones).orElseThrow().isActive()).isFalse();
    ok(maya.id(), new BoundaryCommand.AgreeToBoundaryChange(phones));
    assertThat(state(daniel.id()).boundary(phones).orElseThrow().isActive()).isTrue();

    // Maya writes a private note with her check-in; Daniel never sees it.
    ok(maya.id(), checkIn(6, true, "I still check his phone in my head every night."));
    assertThat(view(daniel.id()).events().toString()).doesNotContain("check his phone");
    assertThat(view(maya.id()).events().toString()).contains("check his phone");

    // Consent: Daniel is ready for affection, Maya only for non-physical connection.
    ok(daniel.id(), new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    ok(maya.id(), new DeclareConsent(ConsentLevel.NON_PHYSICAL_CONNECTION));
    assertThat(view(daniel.id()).effectiveConsent())
        .isEqualTo(ConsentLevel.NON_PHYSICAL_CONNECTION);
    assertThat(view(daniel.id()).myConsent()).contains(ConsentLevel.AFFECTIONATE_GESTURES);
    assertThat(view(daniel.id()).state().consent().of(maya.id())).isEmpty();

    // Weeks later Maya feels ready for affection; after a hard day she withdraws it at once.
    clock.advance(Duration.ofDays(14));
    ok(maya.id(), new DeclareConsent(ConsentLevel.AFFECTIONATE_GESTURES));
    assertThat(view(maya.id()).effectiveConsent()).isEqualTo(ConsentLevel.AFFECTIONATE_GESTURES);
    ok(maya.id(), new DeclareConsent(ConsentLevel.NONE));
    assertThat(view(daniel.id()).effectiveConsent()).isEqualTo(ConsentLevel.NONE);
    assertThat(state(daniel.id()).setbacks()).as("a withdrawal is never a setback").isEmpty();

    ok(maya.id(), new BetrayalCommand.RecordFeelingHeard(affair, HeardLevel.PARTLY));
    assertThat(state(daniel.id()).betrayal(affair).orElseThrow().heard())
        .contains(HeardLevel.PARTLY);
  }

  private RecordCheckIn checkIn(int level, boolean vulnerable, String privateNote) {
    return new RecordCheckIn(
        CheckInId.random(),
        today(),
        new Ratings(level, Math.max(0, level - 1), level, level + 1),
        vulnerable,
        false,
        0,
        privateNote,
        Visibility.PRIVATE,
        Visibility.SHARED,
        false);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), lisbon);
  }

  private void ok(PartnerId actor, JourneyCommand command) {
    Decision d = journeys.execute(journey, actor, command);
    assertThat(d.rejection()).as("%s", command).isEmpty();
  }

  private void refused(PartnerId actor, JourneyCommand command, RejectionCode code) {
    Decision d = journeys.execute(journey, actor, command);
    assertThat(d.rejection()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(code));
  }

  private JourneyView view(PartnerId viewer) {
    return journeys.view(journey, viewer).orElseThrow();
  }

  private JourneyState state(PartnerId viewer) {
    return view(viewer).state();
  }

  private static long count(List<OccurrenceStatus> list, OccurrenceOutcome outcome) {
    return list.stream().filter(s -> s.outcome() == outcome).count();
  }
}
