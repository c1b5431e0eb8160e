package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.LifecycleCommand.FollowModel;
import org.recovery.core.journey.ModelRef;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.progress.StandardModel;
import org.recovery.core.spi.InMemoryEventStore;

/** A journey records the model it follows and keeps that version until moved on purpose. */
class JourneysModelVersionTest {
  private static final RecoveryModel V1 = StandardModel.create();
  private static final RecoveryModel V2 =
      new RecoveryModel(
          V1.id(),
          V1.version() + 1,
          V1.name() + " (revised)",
          V1.stages(),
          V1.fallbackOnSevereSetback(),
          V1.parameters(),
          V1.questionnaires());
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private final Partner sam = Partner.named("Sam");
  private final Partner alex = Partner.named("Alex");

  private JourneyId startWithV1() {
    return Journeys.using(store, clock)
        .start(sam, alex, ZoneId.of("Europe/Berlin"), Settings.DEFAULTS);
  }

  @Test
  void aJourneyRecordsTheModelAndVersionItStartsWith() {
    JourneyId journey = startWithV1();

    assertThat(Journeys.using(store, clock).summary(journey).orElseThrow().model())
        .contains(V1.ref());
  }

  @Test
  void aNewVersionOfTheModelDoesNotChangeAJourneyUnderWay() {
    JourneyId journey = startWithV1();

    Journeys upgraded = Journeys.using(store, clock).withModel(V2).withEarlierModels(List.of(V1));

    assertThat(upgraded.modelOf(journey)).contains(V1);
    JourneyId fresh = upgraded.start(sam, alex, ZoneId.of("Europe/Berlin"), Settings.DEFAULTS);
    assertThat(upgraded.modelOf(fresh)).contains(V2);
  }

  @Test
  void aJourneyFollowingAModelTheAppWasNotGivenIsAConfigurationError() {
    JourneyId journey = startWithV1();

    Journeys upgraded = Journeys.using(store, clock).withModel(V2);

    assertThatThrownBy(() -> upgraded.report(journey, sam.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(V1.ref().toString())
        .hasMessageContaining("withEarlierModels");
  }

  @Test
  void aPartnerMovesTheJourneyToAnotherVersionOnPurpose() {
    JourneyId journey = startWithV1();
    Journeys upgraded = Journeys.using(store, clock).withModel(V2).withEarlierModels(List.of(V1));

    Decision moved = upgraded.execute(journey, alex.id(), new FollowModel(V2.ref()));

    assertThat(moved.isAccepted()).isTrue();
    assertThat(upgraded.modelOf(journey)).contains(V2);
    assertThat(upgraded.summary(journey).orElseThrow().model()).contains(V2.ref());
    assertThat(upgraded.execute(journey, sam.id(), new FollowModel(V2.ref())).rejection())
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_RECORDED));
  }

  @Test
  void movingToAModelTheAppDoesNotHaveIsRefusedAndChangesNothing() {
    JourneyId journey = startWithV1();
    Journeys journeys = Journeys.using(store, clock);
    long before = journeys.summary(journey).orElseThrow().version();

    Decision refused =
        journeys.execute(journey, sam.id(), new FollowModel(new ModelRef("practice-model", 4)));

    assertThat(refused.rejection())
        .hasValueSatisfying(
            r -> {
              assertThat(r.code()).isEqualTo(RejectionCode.MODEL_UNAVAILABLE);
              assertThat(r.reason()).contains("practice-model@4");
            });
    assertThat(journeys.summary(journey).orElseThrow().version()).isEqualTo(before);
  }

  @Test
  void aModelIsWrittenIdAtVersion() {
    assertThat(ModelRef.parse("standard@3")).isEqualTo(new ModelRef("standard", 3));
    assertThat(new ModelRef("standard", 3)).hasToString("standard@3");
    assertThatThrownBy(() -> ModelRef.parse("standard")).hasMessageContaining("id@version");
    assertThatThrownBy(() -> ModelRef.parse("standard@three")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> new ModelRef("standard", 0)).hasMessageContaining("1 or more");
  }
}
