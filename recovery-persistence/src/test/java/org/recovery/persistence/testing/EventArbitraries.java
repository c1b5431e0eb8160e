package org.recovery.persistence.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.StageId;
import org.recovery.core.common.Visibility;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalEvent.BetrayalRecorded;
import org.recovery.core.journey.BetrayalEvent.FeelingHeardRecorded;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeDeclined;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryRevisionProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryWithdrawalProposed;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.CommitmentEvent.CommitmentAccepted;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentDeclined;
import org.recovery.core.journey.CommitmentEvent.CommitmentPaused;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.CommitmentEvent.CommitmentRetired;
import org.recovery.core.journey.CommitmentEvent.CommitmentRevised;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.ForgivenessStep;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.LifecycleEvent.DecidedToTry;
import org.recovery.core.journey.LifecycleEvent.JourneyEnded;
import org.recovery.core.journey.LifecycleEvent.JourneyPaused;
import org.recovery.core.journey.LifecycleEvent.JourneyResumed;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.LifecycleEvent.ModelFollowed;
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.PersonalEvent.ConsentDeclared;
import org.recovery.core.journey.PersonalEvent.CrisisFlagged;
import org.recovery.core.journey.PersonalEvent.DayCountersChosen;
import org.recovery.core.journey.PersonalEvent.ForgivenessRecorded;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRepaired;
import org.recovery.core.journey.StageEvent.AdvanceAgreed;
import org.recovery.core.journey.StageEvent.StageAdvanced;
import org.recovery.core.journey.StageEvent.StageMovedBack;
import org.recovery.core.journey.TherapyKind;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;

/**
 * Random events of every type, with random ids, Unicode text, dates, instants, zones and cadences.
 * Each type is built from one bundle of random {@link Values}.
 */
public final class EventArbitraries {
  private EventArbitraries() {}

  /** Any event of any type. */
  public static Arbitrary<JourneyEvent> events() {
    return Arbitraries.oneOf(new ArrayList<>(byType().values()));
  }

  /** One arbitrary per event class, so a test can check every type is covered. */
  public static Map<Class<?>, Arbitrary<JourneyEvent>> byType() {
    Map<Class<?>, Arbitrary<JourneyEvent>> all = new LinkedHashMap<>();
    put(
        all,
        JourneyStarted.class,
        v ->
            new JourneyStarted(
                new JourneyId(v.a()),
                new PartnerId(v.b()),
                v.text(),
                new PartnerId(v.c()),
                v.other(),
                v.zone(),
                v.small(),
                v.small() * 3,
                v.flag(0) ? "" : "model-" + v.small(),
                v.flag(0) ? 0 : v.small() + 1,
                v.by(),
                v.at()));
    put(
        all,
        ModelFollowed.class,
        v -> new ModelFollowed("model-" + v.small(), v.small() + 1, v.by(), v.at()));
    put(all, DecidedToTry.class, v -> new DecidedToTry(v.by(), v.at()));
    put(all, JourneyPaused.class, v -> new JourneyPaused(v.day(), v.by(), v.at()));
    put(all, JourneyResumed.class, v -> new JourneyResumed(v.day(), v.by(), v.at()));
    put(
        all,
        JourneyEnded.class,
        v -> new JourneyEnded(v.pick(JourneyOutcome.class, 0), v.by(), v.at()));
    put(
        all,
        BetrayalRecorded.class,
        v ->
            new BetrayalRecorded(
                new BetrayalId(v.a()),
                v.pick(BetrayalKind.class, 0),
                new PartnerId(v.b()),
                new PartnerId(v.c()),
                v.pick(Discovery.class, 1),
                v.day(),
                v.by(),
                v.at()));
    put(
        all,
        ResponsibilityTaken.class,
        v -> new ResponsibilityTaken(new BetrayalId(v.a()), v.text(), v.by(), v.at()));
    put(
        all,
        FeelingHeardRecorded.class,
        v ->
            new FeelingHeardRecorded(
                new BetrayalId(v.a()), v.pick(HeardLevel.class, 0), v.by(), v.at()));
    commitments(all);
    put(
        all,
        CheckInRecorded.class,
        v ->
            new CheckInRecorded(
                new CheckInId(v.a()),
                v.day(),
                v.small() % 11,
                (v.small() + 3) % 11,
                (v.small() + 5) % 11,
                (v.small() + 7) % 11,
                v.flag(0),
                v.flag(1),
                v.small(),
                v.text(),
                v.pick(Visibility.class, 0),
                v.by(),
                v.at()));
    put(
        all,
        SetbackRecorded.class,
        v ->
            new SetbackRecorded(
                new SetbackId(v.a()),
                v.pick(SetbackKind.class, 0),
                v.pick(Severity.class, 1),
                v.day(),
                v.text(),
                v.by(),
                v.at()));
    put(
        all,
        SetbackRepaired.class,
        v ->
            new SetbackRepaired(new SetbackId(v.a()), v.pick(RepairStep.class, 0), v.by(), v.at()));
    boundaries(all);
    personal(all);
    stages(all);
    return all;
  }

  private static void commitments(Map<Class<?>, Arbitrary<JourneyEvent>> all) {
    put(
        all,
        CommitmentProposed.class,
        v ->
            new CommitmentProposed(
                new CommitmentId(v.a()),
                new PartnerId(v.b()),
                v.text(),
                v.pick(CommitmentCategory.class, 0),
                v.pick(Cost.class, 1),
                v.cadence(),
                v.pick(Verification.class, 2),
                v.by(),
                v.at()));
    put(
        all,
        CommitmentAccepted.class,
        v -> new CommitmentAccepted(new CommitmentId(v.a()), v.by(), v.at()));
    put(
        all,
        CommitmentDeclined.class,
        v -> new CommitmentDeclined(new CommitmentId(v.a()), v.by(), v.at()));
    put(
        all,
        CommitmentActivated.class,
        v -> new CommitmentActivated(new CommitmentId(v.a()), v.day(), v.by(), v.at()));
    put(
        all,
        CommitmentRevised.class,
        v ->
            new CommitmentRevised(
                new CommitmentId(v.a()),
                v.cadence(),
                v.pick(Verification.class, 0),
                v.day(),
                v.by(),
                v.at()));
    put(
        all,
        CommitmentPaused.class,
        v ->
            new CommitmentPaused(
                new CommitmentId(v.a()), v.day(), v.day().plusDays(v.small()), v.by(), v.at()));
    put(
        all,
        CommitmentRetired.class,
        v -> new CommitmentRetired(new CommitmentId(v.a()), v.day(), v.by(), v.at()));
    put(
        all,
        OccurrenceReported.class,
        v ->
            new OccurrenceReported(
                new CommitmentId(v.a()), v.day(), v.pick(ReportKind.class, 0), v.by(), v.at()));
    put(
        all,
        OccurrenceConfirmed.class,
        v -> new OccurrenceConfirmed(new CommitmentId(v.a()), v.day(), v.by(), v.at()));
    put(
        all,
        OccurrenceDisputed.class,
        v -> new OccurrenceDisputed(new CommitmentId(v.a()), v.day(), v.by(), v.at()));
  }

  private static void boundaries(Map<Class<?>, Arbitrary<JourneyEvent>> all) {
    put(
        all,
        BoundaryProposed.class,
        v ->
            new BoundaryProposed(
                new BoundaryId(v.a()), v.pick(BoundaryArea.class, 0), v.text(), v.by(), v.at()));
    put(
        all,
        BoundaryRevisionProposed.class,
        v ->
            new BoundaryRevisionProposed(
                new BoundaryId(v.a()), v.small(), v.text(), v.by(), v.at()));
    put(
        all,
        BoundaryWithdrawalProposed.class,
        v -> new BoundaryWithdrawalProposed(new BoundaryId(v.a()), v.small(), v.by(), v.at()));
    put(
        all,
        BoundaryChangeAgreed.class,
        v -> new BoundaryChangeAgreed(new BoundaryId(v.a()), v.small(), v.by(), v.at()));
    put(
        all,
        BoundaryChangeDeclined.class,
        v -> new BoundaryChangeDeclined(new BoundaryId(v.a()), v.small(), v.by(), v.at()));
  }

  private static void personal(Map<Class<?>, Arbitrary<JourneyEvent>> all) {
    put(
        all,
        ConsentDeclared.class,
        v -> new ConsentDeclared(v.pick(ConsentLevel.class, 0), v.by(), v.at()));
    put(
        all,
        SafetyScreeningCompleted.class,
        v ->
            new SafetyScreeningCompleted(
                v.flag(5)
                    ? org.recovery.core.safety.ScreeningAnswers.hark(
                        v.flag(0), v.flag(1), v.flag(2), v.flag(3))
                    : org.recovery.core.safety.ScreeningAnswers.recoveryFive(
                        v.flag(0), v.flag(1), v.flag(2), v.flag(3), v.flag(4)),
                v.by(),
                v.at()));
    put(
        all,
        JournalEntryWritten.class,
        v -> new JournalEntryWritten(v.day(), v.text(), v.by(), v.at()));
    put(all, CrisisFlagged.class, v -> new CrisisFlagged(v.day(), v.by(), v.at()));
    put(
        all,
        TherapySessionRecorded.class,
        v ->
            new TherapySessionRecorded(
                v.pick(TherapyKind.class, 0),
                v.day(),
                v.pick(Visibility.class, 1),
                v.by(),
                v.at()));
    put(
        all,
        ForgivenessRecorded.class,
        v ->
            new ForgivenessRecorded(
                v.pick(ForgivenessStep.class, 0), v.pick(Visibility.class, 1), v.by(), v.at()));
    put(all, DayCountersChosen.class, v -> new DayCountersChosen(v.flag(0), v.by(), v.at()));
    put(
        all,
        InstrumentCompleted.class,
        v ->
            new InstrumentCompleted(
                "csi-4",
                1 + v.small() % 3,
                java.util.Map.of(
                    "item-1", v.small() % 7, "item-2", -v.small(), "item-3", v.small()),
                v.pick(Visibility.class, 1),
                v.by(),
                v.at()));
  }

  private static void stages(Map<Class<?>, Arbitrary<JourneyEvent>> all) {
    put(all, AdvanceAgreed.class, v -> new AdvanceAgreed(v.stage(0), v.stage(1), v.by(), v.at()));
    put(all, StageAdvanced.class, v -> new StageAdvanced(v.stage(0), v.stage(1), v.by(), v.at()));
    put(
        all,
        StageMovedBack.class,
        v ->
            new StageMovedBack(
                v.stage(1),
                v.stage(0),
                v.pick(MoveBackCause.class, 0),
                v.flag(0) ? "" : v.a().toString(),
                v.by(),
                v.at()));
  }

  private static void put(
      Map<Class<?>, Arbitrary<JourneyEvent>> all,
      Class<?> type,
      Function<Values, JourneyEvent> build) {
    all.put(type, values().map(build));
  }

  /** Text a partner might write: any code points, including emoji and right-to-left scripts. */
  public static Arbitrary<String> partnerText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withCharRange('\u0590', '\u06ff').ofMaxLength(40),
        Arbitraries.of(
            "",
            " ",
            "Ich fühle mich sicherer 💛",
            "İyi değilim, ıı",
            "\"quoted\" \\ back\\slash \n newline \u0000 nul",
            "שלום, مرحبا"));
  }

  static Arbitrary<Values> values() {
    Arbitrary<UUID> uuid = Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()));
    Arbitrary<LocalDate> day =
        Arbitraries.longs().between(-20_000, 80_000).map(LocalDate::ofEpochDay);
    Arbitrary<Instant> at =
        Combinators.combine(
                Arbitraries.longs().between(0, 7_000_000_000L),
                Arbitraries.integers().between(0, 999_999_999))
            .as(Instant::ofEpochSecond);
    return Combinators.combine(
            uuid.list().ofSize(4),
            partnerText().list().ofSize(2),
            Arbitraries.integers().between(0, 50),
            day,
            at,
            zones(),
            cadences(),
            Arbitraries.longs())
        .as(Values::new);
  }

  static Arbitrary<ZoneId> zones() {
    List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
    ids.sort(String::compareTo);
    return Arbitraries.oneOf(
        Arbitraries.of(ids).map(ZoneId::of),
        Arbitraries.integers()
            .between(-18 * 4, 18 * 4)
            .map(q -> (ZoneId) ZoneOffset.ofTotalSeconds(q * 15 * 60)));
  }

  /** Every kind of cadence. */
  public static Arbitrary<Cadence> cadences() {
    return Arbitraries.oneOf(
        Arbitraries.just(Cadence.daily()),
        Arbitraries.just(Cadence.continuous()),
        Arbitraries.integers().between(1, 7).map(Cadence::timesPerWeek),
        Arbitraries.integers().between(1, 31).map(Cadence::monthlyOnDay),
        Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).map(Cadence::onWeekdays));
  }

  /** One bundle of random parts; each event type takes what it needs. */
  record Values(
      List<UUID> ids,
      List<String> texts,
      int small,
      LocalDate day,
      Instant at,
      ZoneId zone,
      Cadence cadence,
      long seed) {
    UUID a() {
      return ids.get(0);
    }

    UUID b() {
      return ids.get(1);
    }

    UUID c() {
      return ids.get(2);
    }

    PartnerId by() {
      return new PartnerId(ids.get(3));
    }

    String text() {
      return texts.get(0);
    }

    String other() {
      return texts.get(1);
    }

    boolean flag(int bit) {
      return (seed >>> bit & 1) == 1;
    }

    StageId stage(int salt) {
      List<String> stages =
          List.of(
              "stabilise",
              "atone",
              "rebuild-trust",
              "attune",
              "reconnect",
              "new-chapter",
              "a2-custom-stage");
      return StageId.of(stages.get((int) Math.floorMod(seed >>> (4 * salt), (long) stages.size())));
    }

    <E extends Enum<E>> E pick(Class<E> type, int salt) {
      E[] constants = type.getEnumConstants();
      return constants[(int) Math.floorMod(seed >>> (8 * salt + 5), (long) constants.length)];
    }
  }
}
