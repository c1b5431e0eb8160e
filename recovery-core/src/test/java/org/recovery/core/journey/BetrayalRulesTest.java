package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.RejectionCode;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalEvent.BetrayalRecorded;
import org.recovery.core.journey.BetrayalEvent.FeelingHeardRecorded;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.testing.TestJourney;

class BetrayalRulesTest {
  private static final PartnerId STRANGER = new PartnerId(new UUID(3, 3));

  private final TestJourney journey = TestJourney.started();
  private final PartnerId sam = journey.samId();
  private final PartnerId alex = journey.alexId();

  private RecordBetrayal affair(BetrayalId id, PartnerId hurt, PartnerId involved, LocalDate on) {
    return new RecordBetrayal(
        id, BetrayalKind.SEXUAL_AFFAIR, hurt, involved, Discovery.DISCOVERED, on);
  }

  @ParameterizedTest(name = "recorded by {0}")
  @ValueSource(strings = {"Sam", "Alex"})
  void eitherPartnerMayRecordABetrayal(String recorder) {
    PartnerId by = recorder.equals("Sam") ? sam : alex;
    BetrayalId id = BetrayalId.random();

    assertThat(journey.accepted(by, affair(id, sam, alex, journey.today())))
        .containsExactly(
            new BetrayalRecorded(
                id,
                BetrayalKind.SEXUAL_AFFAIR,
                sam,
                alex,
                Discovery.DISCOVERED,
                journey.today(),
                by,
                TestJourney.START));
    Betrayal b = journey.state().betrayal(id).orElseThrow();
    assertThat(b.hurtPartner()).isEqualTo(sam);
    assertThat(b.involvedPartner()).isEqualTo(alex);
    assertThat(b.isAcknowledged()).isFalse();
    assertThat(b.heard()).isEmpty();
  }

  @Test
  void oneJourneyHoldsBetrayalsInBothDirections() {
    BetrayalId affair = journey.affair();
    BetrayalId debts = BetrayalId.random();
    journey.accepted(
        alex,
        new RecordBetrayal(
            debts,
            BetrayalKind.FINANCIAL_DECEPTION,
            alex,
            sam,
            Discovery.DISCLOSED,
            journey.today().minusDays(3)));

    journey.accepted(alex, new TakeResponsibility(affair, "I lied to you."));
    journey.accepted(sam, new TakeResponsibility(debts, "I hid the card."));
    journey.accepted(sam, new RecordFeelingHeard(affair, HeardLevel.PARTLY));
    journey.accepted(alex, new RecordFeelingHeard(debts, HeardLevel.HEARD));

    assertThat(journey.state().betrayals()).hasSize(2);
    assertThat(journey.state().betrayal(affair).orElseThrow().heard()).contains(HeardLevel.PARTLY);
    assertThat(journey.state().betrayal(debts).orElseThrow().heard()).contains(HeardLevel.HEARD);
  }

  @Test
  void oneAndTheSamePartnerCannotBeHurtAndInvolved() {
    assertThat(journey.rejected(sam, affair(BetrayalId.random(), sam, sam, journey.today())).code())
        .isEqualTo(RejectionCode.SAME_PARTNER);
  }

  @ParameterizedTest(name = "the stranger is the {0} partner")
  @ValueSource(strings = {"hurt", "involved"})
  void bothRolesBelongToPartnersOfTheJourney(String role) {
    RecordBetrayal command =
        role.equals("hurt")
            ? affair(BetrayalId.random(), STRANGER, alex, journey.today())
            : affair(BetrayalId.random(), sam, STRANGER, journey.today());

    assertThat(journey.rejected(sam, command).code()).isEqualTo(RejectionCode.NOT_A_PARTNER);
  }

  @ParameterizedTest(name = "came to light {0} day(s) from today")
  @ValueSource(ints = {0, -1, -400})
  void aBetrayalCameToLightTodayOrBeforeEvenBeforeTheJourney(int offset) {
    journey.accepted(sam, affair(BetrayalId.random(), sam, alex, journey.today().plusDays(offset)));
  }

  @ParameterizedTest(name = "came to light {0} day(s) from today")
  @ValueSource(ints = {1, 2, 365})
  void aBetrayalCannotComeToLightInTheFuture(int offset) {
    assertThat(
            journey
                .rejected(
                    sam, affair(BetrayalId.random(), sam, alex, journey.today().plusDays(offset)))
                .code())
        .isEqualTo(RejectionCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void theSameBetrayalIsRecordedOnce() {
    BetrayalId id = journey.affair();

    assertThat(journey.rejected(alex, affair(id, sam, alex, journey.today())).code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @Test
  void onlyTheInvolvedPartnerTakesResponsibility() {
    BetrayalId id = journey.affair();

    assertThat(journey.rejected(sam, new TakeResponsibility(id, "")).code())
        .isEqualTo(RejectionCode.NOT_THE_INVOLVED_PARTNER);
    journey.days(2);
    assertThat(journey.accepted(alex, new TakeResponsibility(id, "  It was my choice.  ")))
        .containsExactly(
            new ResponsibilityTaken(id, "It was my choice.", alex, journey.clock.instant()));
    assertThat(journey.state().betrayal(id).orElseThrow().responsibilityTakenOn())
        .contains(journey.today());
  }

  @Test
  void responsibilityIsTakenOnce() {
    BetrayalId id = journey.affair();
    journey.accepted(alex, new TakeResponsibility(id, ""));

    assertThat(journey.rejected(alex, new TakeResponsibility(id, "Again")).code())
        .isEqualTo(RejectionCode.ALREADY_RECORDED);
  }

  @Test
  void aStatementOfResponsibilityHasAMaximumLength() {
    BetrayalId id = BetrayalId.random();
    new TakeResponsibility(id, "x".repeat(BetrayalCommand.MAX_STATEMENT_LENGTH));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new TakeResponsibility(id, "x".repeat(BetrayalCommand.MAX_STATEMENT_LENGTH + 1)))
        .withMessageContaining("statement");
  }

  @Test
  void onlyTheHurtPartnerSaysWhetherTheyFeelHeard() {
    BetrayalId id = journey.affair();

    assertThat(journey.rejected(alex, new RecordFeelingHeard(id, HeardLevel.HEARD)).code())
        .isEqualTo(RejectionCode.NOT_THE_HURT_PARTNER);
    assertThat(journey.accepted(sam, new RecordFeelingHeard(id, HeardLevel.NOT_YET)))
        .containsExactly(new FeelingHeardRecorded(id, HeardLevel.NOT_YET, sam, TestJourney.START));
  }

  @Test
  void feelingHeardMayGrowOverTimeAndChangeBack() {
    BetrayalId id = journey.affair();

    for (HeardLevel level :
        new HeardLevel[] {
          HeardLevel.NOT_YET, HeardLevel.PARTLY, HeardLevel.HEARD, HeardLevel.PARTLY
        }) {
      journey.days(7);
      journey.accepted(sam, new RecordFeelingHeard(id, level));
      assertThat(journey.state().betrayal(id).orElseThrow().heard()).contains(level);
    }
    assertThat(journey.events()).filteredOn(FeelingHeardRecorded.class::isInstance).hasSize(4);
  }

  @Test
  void acknowledgingAnUnknownBetrayalIsRefused() {
    journey.affair();
    BetrayalId unknown = BetrayalId.random();

    assertThat(journey.rejected(alex, new TakeResponsibility(unknown, "")).code())
        .isEqualTo(RejectionCode.UNKNOWN_BETRAYAL);
    assertThat(journey.rejected(sam, new RecordFeelingHeard(unknown, HeardLevel.HEARD)).code())
        .isEqualTo(RejectionCode.UNKNOWN_BETRAYAL);
  }
}
