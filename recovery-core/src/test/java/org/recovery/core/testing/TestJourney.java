package org.recovery.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Rejection;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyCommand;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.journey.rules.JourneyRules;
import org.recovery.core.progress.CrisisDirectory;
import org.recovery.core.progress.Progress;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.Progression;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;

/**
 * A journey under test, decided and folded in memory: given events, when a command, then events or
 * a refusal. Two partners, Sam (hurt) and Alex (involved), in Europe/Berlin, starting Monday 2
 * March 2026 at 08:00 local time.
 */
public final class TestJourney {
  /** The couple's zone: it has a DST change at the end of March. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  /** When the journey starts. */
  public static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

  public final Partner sam = new Partner(new PartnerId(new UUID(1, 1)), "Sam");
  public final Partner alex = new Partner(new PartnerId(new UUID(2, 2)), "Alex");
  public final JourneyId id = new JourneyId(new UUID(9, 9));
  public final MutableClock clock = new MutableClock(START);
  private final List<JourneyEvent> events = new ArrayList<>();
  private JourneyState state;
  private JourneyHistory history;
  private RecoveryModel model;
  private InstrumentCatalogue instruments = InstrumentCatalogue.standard();

  private TestJourney(Settings settings) {
    JourneyEvent started =
        Journey.start(id, sam, alex, ZONE, settings, StandardModel.create().ref(), clock.instant());
    events.add(started);
    state = Journey.replay(events);
    history = JourneyHistory.of(events);
  }

  /** A new journey with default settings. */
  public static TestJourney started() {
    return new TestJourney(Settings.DEFAULTS);
  }

  /** A new journey with the given settings. */
  public static TestJourney started(Settings settings) {
    return new TestJourney(settings);
  }

  /** Decides commands with {@code model} from now on, so stage commands and follow-ups work. */
  public TestJourney withModel(RecoveryModel model) {
    this.model = model;
    return this;
  }

  /** Completes and scores questionnaires with {@code catalogue} from now on. */
  public TestJourney withInstruments(InstrumentCatalogue catalogue) {
    this.instruments = catalogue;
    return this;
  }

  /** The progress report of {@code viewer} now. */
  public ProgressReport reportOf(PartnerId viewer) {
    return Progress.report(
        model == null ? StandardModel.create() : model,
        instruments,
        events,
        viewer,
        clock.instant(),
        CrisisDirectory.standard(),
        "");
  }

  /** Sam's id. */
  public PartnerId samId() {
    return sam.id();
  }

  /** Alex's id. */
  public PartnerId alexId() {
    return alex.id();
  }

  /** Decides a command as {@code actor} now; applies its events when accepted. */
  public Decision run(PartnerId actor, JourneyCommand command) {
    Decision d =
        model == null
            ? JourneyRules.decide(state, actor, command, clock.instant(), instruments)
            : Progression.decide(model, instruments, history, actor, command, clock.instant());
    for (JourneyEvent e : d.events()) {
      events.add(e);
      state = Journey.apply(state, e);
    }
    history = history.append(d.events());
    return d;
  }

  /** Runs a command that must be accepted; returns its events. */
  public List<JourneyEvent> accepted(PartnerId actor, JourneyCommand command) {
    Decision d = run(actor, command);
    assertThat(d.rejection()).as("refusal of %s", command).isEmpty();
    return d.events();
  }

  /** Runs a command that must be refused, checks that nothing changed, and returns the refusal. */
  public Rejection rejected(PartnerId actor, JourneyCommand command) {
    JourneyState before = state;
    int count = events.size();
    Decision d = run(actor, command);
    assertThat(d.isAccepted()).as("%s should be refused", command).isFalse();
    assertThat(state).isSameAs(before);
    assertThat(events).hasSize(count);
    return d.rejection().orElseThrow();
  }

  /** The current full state. */
  public JourneyState state() {
    return state;
  }

  /** Every event so far. */
  public List<JourneyEvent> events() {
    return List.copyOf(events);
  }

  /** The view of {@code viewer}. */
  public JourneyView viewOf(PartnerId viewer) {
    return JourneyView.of(events, viewer);
  }

  /** Today in the couple's zone. */
  public LocalDate today() {
    return state.dayOf(clock.instant());
  }

  /** Moves the clock forward by whole days. */
  public TestJourney days(int days) {
    clock.advance(Duration.ofDays(days));
    return this;
  }

  /** Moves the clock forward. */
  public TestJourney advance(Duration amount) {
    clock.advance(amount);
    return this;
  }

  /** Records an affair discovered today: Alex involved, Sam hurt. */
  public BetrayalId affair() {
    BetrayalId b = BetrayalId.random();
    accepted(
        samId(),
        new RecordBetrayal(
            b, BetrayalKind.SEXUAL_AFFAIR, samId(), alexId(), Discovery.DISCOVERED, today()));
    return b;
  }

  /**
   * A commitment Sam asks of Alex, accepted by Alex and active from today.
   *
   * @param cadence how often it falls due
   * @param verification how kept days count
   */
  public CommitmentId activeCommitmentOfAlex(Cadence cadence, Verification verification) {
    CommitmentId c = CommitmentId.random();
    accepted(
        samId(),
        new CommitmentCommand.ProposeCommitment(
            c,
            alexId(),
            "Evening check-in",
            CommitmentCategory.COMMUNICATION,
            Cost.LOW,
            cadence,
            verification));
    accepted(alexId(), new CommitmentCommand.AcceptCommitment(c));
    accepted(alexId(), new CommitmentCommand.ActivateCommitment(c, today()));
    return c;
  }
}
